package org.onecsync.source.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * An export that is one file, listed under its file name.
 */
final class SingleFileSource extends FileSystemSource {

    /**
     * @param file a regular file
     */
    SingleFileSource(Path file) {
        super("file " + file.toAbsolutePath(),
                List.of(new PathExportFile(file.getFileName().toString(), file.toAbsolutePath())));
    }
}
