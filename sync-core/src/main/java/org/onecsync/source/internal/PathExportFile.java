package org.onecsync.source.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.onecsync.source.ExportFile;

/**
 * An export file that is a file in the file system.
 */
final class PathExportFile implements ExportFile {

    private final String path;
    private final Path file;

    /**
     * @param path the file's path within the export, {@code /}-separated
     * @param file where its bytes are
     */
    PathExportFile(String path, Path file) {
        this.path = path;
        this.file = file;
    }

    @Override
    public String path() {
        return path;
    }

    /** The file's current size in the file system, or {@code -1} if it can no longer be read. */
    @Override
    public long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // The interface has no checked exception here; open() will report the real problem.
            return -1;
        }
    }

    @Override
    public InputStream open() throws IOException {
        return new BufferedInputStream(Files.newInputStream(file));
    }

    @Override
    public String toString() {
        return path;
    }
}
