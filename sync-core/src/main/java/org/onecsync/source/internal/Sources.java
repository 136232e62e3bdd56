package org.onecsync.source.internal;

import java.io.IOException;
import java.nio.file.Path;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ZipLimits;

/** The one way into this package: opens each kind of source for {@link org.onecsync.source.ExportSources}. */
public final class Sources {

    private Sources() {
    }

    /**
     * @param folder an existing folder
     * @return every regular file below it
     * @throws IOException if the folder or one below it cannot be read
     */
    public static ExportSource folder(Path folder) throws IOException {
        return FolderSource.open(folder);
    }

    /**
     * @param zip a zip file
     * @param limits what it may hold and expand to
     * @return its file entries
     * @throws IOException if the file cannot be read as a zip
     */
    public static ExportSource zip(Path zip, ZipLimits limits) throws IOException {
        return ZipSource.open(zip, limits);
    }

    /**
     * @param file a regular file
     * @return the file alone, under its file name
     */
    public static ExportSource file(Path file) {
        return new SingleFileSource(file);
    }
}
