package org.onecsync.source.internal;

import java.nio.file.Path;
import java.util.List;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;

/**
 * An export that is one file, listed under its file name.
 */
public final class SingleFileSource implements ExportSource {

    private final Path file;
    private final List<ExportFile> files;

    /**
     * @param file a regular file
     */
    public SingleFileSource(Path file) {
        this.file = file.toAbsolutePath();
        this.files = List.of(new PathExportFile(this.file.getFileName().toString(), this.file));
    }

    @Override
    public String description() {
        return "file " + file;
    }

    @Override
    public List<ExportFile> files() {
        return files;
    }

    /** Nothing to release: each stream is closed by whoever opened it. */
    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return description();
    }
}
