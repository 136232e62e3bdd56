package org.onecsync.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of an exchange's files live: in its upload folder ({@link DiskFiles}), or in the store, shared by
 * every server on the database ({@link StoredFiles}). Each method gets the file's name in the exchange and its
 * checked path in this server's upload folder, where the engine reads it.
 */
interface FileBytes {

    /** Whether bytes are kept under the name. */
    boolean exists(String name, Path local) throws IOException;

    /**
     * Keeps one upload's bytes, appended to what is kept under the name or replacing it, reading at most one byte
     * past the allowance. Over the allowance nothing of this upload is kept (the caller then forgets the file).
     *
     * @return the bytes received, at most {@code allowance + 1}
     */
    long write(String name, Path local, byte[] head, InputStream body, long allowance, boolean replace)
            throws IOException;

    /** Forgets the name's bytes. */
    void delete(String name, Path local) throws IOException;

    /**
     * Makes sure the local path holds the name's bytes, for the unzipper or the engine, and returns it. Called
     * outside the exchange lock, on a job's thread: for a file that does not change while the job runs.
     */
    Path fetch(String name, Path local) throws IOException;

    /** Whether {@link #fetch} copies the bytes from elsewhere, rather than finding them in place. */
    boolean remote();

    /** Opens the name's bytes. */
    InputStream open(String name, Path local) throws IOException;
}
