package org.onecsync.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.onecsync.http.BodyTooLargeException;

/** Streams a body to a temporary file, counting, and stops reading once it is over the limit. */
final class BodySpool {

    private BodySpool() {
    }

    /**
     * @return the file, named by this server only (never by the client); the caller deletes it
     * @throws BodyTooLargeException when over the limit; nothing is left on disk and the rest is not read
     */
    static Path spool(InputStream in, Path dir, String suffix, long limit) throws IOException {
        Files.createDirectories(dir);
        Path file = Files.createTempFile(dir, "onec-sync-", suffix);
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > limit) {
                    throw new BodyTooLargeException(limit);
                }
                out.write(buffer, 0, n);
            }
            kept = true;
            return file;
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
    }
}
