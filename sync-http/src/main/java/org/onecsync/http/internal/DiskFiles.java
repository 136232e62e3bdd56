package org.onecsync.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** The bytes of an exchange's files in its upload folder only: the exchange lives in one server. */
final class DiskFiles implements FileBytes {

    private final Path incoming;

    /** @param incoming the folder where an upload is received before it joins its file */
    DiskFiles(Path incoming) {
        this.incoming = incoming;
    }

    @Override
    public boolean exists(String name, Path local) {
        return Files.exists(local);
    }

    @Override
    public long write(String name, Path local, byte[] head, InputStream body, long allowance, boolean replace)
            throws IOException {
        Path temp = Files.createTempFile(incoming, "chunk", ".part");
        try {
            long received = copyAtMost(head, body, temp, allowance);
            if (received > allowance) {
                return received;
            }
            Files.createDirectories(local.getParent());
            if (replace) {
                Files.move(temp, local, StandardCopyOption.REPLACE_EXISTING);
            } else {
                try (OutputStream out = Files.newOutputStream(local, StandardOpenOption.APPEND)) {
                    Files.copy(temp, out);
                }
            }
            return received;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies the head and the rest of the body, reading at most one byte past the allowance. */
    private static long copyAtMost(byte[] head, InputStream body, Path temp, long allowance) throws IOException {
        long written = 0;
        try (OutputStream out = Files.newOutputStream(temp)) {
            out.write(head);
            written += head.length;
            byte[] buffer = new byte[1 << 16];
            while (written <= allowance) {
                int n = body.read(buffer, 0, (int) Math.min(buffer.length, allowance - written + 1));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                written += n;
            }
        }
        return written;
    }

    @Override
    public void delete(String name, Path local) throws IOException {
        Files.deleteIfExists(local);
    }

    @Override
    public Path fetch(String name, Path local) {
        return local;
    }

    @Override
    public boolean remote() {
        return false;
    }

    @Override
    public InputStream open(String name, Path local) throws IOException {
        return Files.newInputStream(local);
    }
}
