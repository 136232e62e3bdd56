package org.onecsync.http.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;

/**
 * A spooled body or upload as the engine reads it: one file, or the entries of a zip, under a description of this
 * server's choosing. Closing it (the engine does when the job ends) deletes the spool file; closing twice is safe.
 */
final class SpooledSource implements ExportSource {

    private final String description;
    private final Path spool;
    private final ExportSource zip;
    private final List<ExportFile> files;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SpooledSource(String description, Path spool, ExportSource zip, List<ExportFile> files) {
        this.description = description;
        this.spool = spool;
        this.zip = zip;
        this.files = files;
    }

    /** One file, named {@code name} (a hint for parsers, never a path here), declared {@code mediaType}. */
    static SpooledSource file(String description, Path spool, String name, String mediaType) throws IOException {
        long size = Files.size(spool);
        ExportFile file = new ExportFile() {
            @Override
            public String path() {
                return name;
            }

            @Override
            public long size() {
                return size;
            }

            @Override
            public InputStream open() throws IOException {
                return new BufferedInputStream(Files.newInputStream(spool), 1 << 16);
            }

            @Override
            public String mediaType() {
                return mediaType;
            }
        };
        return new SpooledSource(description, spool, null, List.of(file));
    }

    /** The entries of a zip opened from the spool file, which is deleted when the zip is closed. */
    static SpooledSource zip(String description, Path spool, ExportSource zip) {
        return new SpooledSource(description, spool, zip, zip.files());
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<ExportFile> files() {
        return files;
    }

    @Override
    public void close() throws IOException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (zip != null) {
                zip.close();
            }
        } finally {
            Files.deleteIfExists(spool);
        }
    }
}
