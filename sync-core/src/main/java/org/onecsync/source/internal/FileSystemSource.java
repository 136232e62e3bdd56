package org.onecsync.source.internal;

import java.util.List;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;

/**
 * An export read straight from the file system: a fixed list of files and nothing held open, since each stream
 * is closed by whoever opened it.
 */
abstract class FileSystemSource implements ExportSource {

    private final String description;
    private final List<ExportFile> files;

    FileSystemSource(String description, List<ExportFile> files) {
        this.description = description;
        this.files = List.copyOf(files);
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<ExportFile> files() {
        return files;
    }

    @Override
    public final void close() {
    }

    @Override
    public final String toString() {
        return description;
    }
}
