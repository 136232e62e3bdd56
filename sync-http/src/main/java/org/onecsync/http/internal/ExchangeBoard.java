package org.onecsync.http.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.onecsync.sync.ImportJob;

/**
 * Where the catalog exchange's state lives: in this server ({@link LocalBoard}), or in the store, shared by every
 * server on the database ({@link StoredBoard}), so that they answer the calls of one exchange in turn. The
 * protocol's rules ({@link CatalogProtocol}, {@link ImportCalls}) are the same for both.
 */
interface ExchangeBoard {

    /**
     * Runs work holding the exchange lock, on the exchange state as it is now. What the work changes is kept,
     * also when it refuses the call ({@link Refused}); an {@link IOException} or a runtime failure keeps nothing,
     * as far as the state can be rolled back.
     */
    <T> T locked(Section<T> work) throws Refused, IOException;

    /** {@return the logins {@code checkauth} opened} */
    AuthSessions logins();

    /** Logs a call: in the current exchange's log, or, for a call before any ({@code checkauth}), in the next one's. */
    void log(ExchangeLog.Entry entry, boolean beforeInit);

    /** {@return the current exchange's log file; {@code null} before the first exchange, or when it is no file} */
    Path currentLog();

    /** Whether another server may run this exchange's jobs: the end of a job must then be recorded at once. */
    boolean shared();

    /** Records how a job of this server is going (its session once open, else {@code -1}), which says it is alive. */
    void progress(Exchange exchange, String text, long sessionId);

    /**
     * Waits, at most {@code left}, for the job another server runs for the exchange to end.
     *
     * @return {@code null} when it ended, else its last progress message
     */
    String awaitRemote(Exchange exchange, Duration left) throws InterruptedException;

    /** Whether the server that ran another server's job has stopped, so that the job will never end. */
    boolean abandoned(ImportRun run);

    /** {@return the jobs this server runs for the exchanges} */
    List<ImportJob> localJobs();

    /**
     * Work on the exchange state.
     *
     * @param <T> what it returns
     */
    @FunctionalInterface
    interface Section<T> {
        T run(View view) throws Refused, IOException;
    }

    /** The exchange state inside {@link #locked}. */
    interface View {
        /** {@return the current exchange, or {@code null} when none has begun} */
        Exchange current() throws IOException;

        /** Begins a new exchange, the current one from now on; the files of earlier ones go. */
        Exchange begin(String id, long timestamp) throws IOException;
    }

    /** A new exchange starts clean: this server's copies of earlier exchanges' files go (their logs stay). */
    static void clearPreviousUploads(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root)) {
            for (Path folder : folders) {
                if (ExchangeIds.valid(folder.getFileName().toString()) && Files.isDirectory(folder)) {
                    UploadHeads.deleteTree(folder.resolve("files"));
                    UploadHeads.deleteTree(folder.resolve("incoming"));
                }
            }
        }
    }
}
