package org.onecsync.http.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.onecsync.source.ExportFile;

/** A file of an exchange's upload folder, as the engine reads it. */
record UploadedFile(String path, Path file, long size) implements ExportFile {

    @Override
    public InputStream open() throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }
}
