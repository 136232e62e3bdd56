package org.onecsync.source.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.onecsync.SyncException;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ZipLimits;

/**
 * An export that is a zip file: its file entries, sorted by path, read without extracting to disk.
 *
 * <p>Every entry name is checked and every declared size is held against the limits when the source is
 * opened, so an unsafe zip fails before any of it is imported; inflated bytes are counted again while read.
 * Paths are kept as stored: a zip whose files all sit in one top-level folder lists them with that folder.
 */
final class ZipSource implements ExportSource {

    /**
     * Windows' built-in "compressed folder" on a Russian system stores names in the OEM code page without
     * the UTF-8 flag; Java's default UTF-8 decoding refuses such a zip outright.
     */
    private static final String LEGACY_NAME_CHARSET = "IBM866";

    private final Path zipPath;
    private final String description;
    private final ZipFile zip;
    private final ZipLimits limits;
    private final List<ExportFile> files;
    private final AtomicLong totalRead = new AtomicLong();
    private volatile boolean closed;

    private ZipSource(Path zipPath, ZipFile zip, ZipLimits limits) {
        this.zipPath = zipPath;
        this.description = "zip " + zipPath;
        this.zip = zip;
        this.limits = limits;
        this.files = listFiles();
    }

    /**
     * Opens and checks a zip.
     *
     * @param path a zip file
     * @param limits what the zip may hold and expand to
     * @return the source; the caller closes it
     * @throws IOException if the file cannot be read as a zip
     * @throws SyncException if an entry's name is unsafe, or the zip has more entries or declares more bytes
     *     than {@code limits} allow
     */
    static ZipSource open(Path path, ZipLimits limits) throws IOException {
        Path absolute = path.toAbsolutePath();
        ZipFile zip = openZipFile(absolute);
        try {
            return new ZipSource(absolute, zip, limits);
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static ZipFile openZipFile(Path path) throws IOException {
        try {
            return new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException utf8Failure) {
            // Names flagged as UTF-8 are still decoded as UTF-8; only unflagged ones use the fallback.
            if (Charset.isSupported(LEGACY_NAME_CHARSET)) {
                try {
                    return new ZipFile(path.toFile(), Charset.forName(LEGACY_NAME_CHARSET));
                } catch (ZipException legacyFailure) {
                    utf8Failure.addSuppressed(legacyFailure);
                }
            }
            throw new IOException("cannot read zip " + path + ": " + utf8Failure.getMessage(), utf8Failure);
        }
    }

    private List<ExportFile> listFiles() {
        if (zip.size() > limits.maxEntries()) {
            throw new SyncException(SyncException.Kind.BAD_INPUT, description + " has " + zip.size() + " entries, more than the limit of "
                    + limits.maxEntries());
        }
        List<ExportFile> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long declaredTotal = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            Optional<String> path = pathOf(entry);
            if (path.isEmpty() || entry.isDirectory()) {
                continue;
            }
            // Two entries under one name would let a checked file be shadowed by an unchecked one.
            if (!seen.add(path.get())) {
                throw new SyncException(SyncException.Kind.BAD_INPUT, description + " holds the entry " + path.get() + " twice, refusing it");
            }
            long size = entry.getSize();
            if (size > limits.maxEntrySize()) {
                throw new SyncException(SyncException.Kind.BAD_INPUT, description + ": entry " + path.get() + " declares " + size
                        + " bytes, more than the limit of " + limits.maxEntrySize());
            }
            if (size > 0) {
                declaredTotal += size;
            }
            if (declaredTotal > limits.maxTotalSize()) {
                throw new SyncException(SyncException.Kind.BAD_INPUT, description + " declares at least " + declaredTotal
                        + " bytes in total, more than the limit of " + limits.maxTotalSize());
            }
            found.add(new Entry(path.get(), entry));
        }
        found.sort(Comparator.comparing(ExportFile::path));
        return List.copyOf(found);
    }

    private Optional<String> pathOf(ZipEntry entry) {
        try {
            return ZipEntryNames.toPath(entry.getName());
        } catch (IllegalArgumentException e) {
            throw new SyncException(SyncException.Kind.BAD_INPUT, description + ": refusing entry " + printable(entry.getName()) + " because "
                    + e.getMessage());
        }
    }

    // The message must stay on one line and show where a NUL hides.
    private static String printable(String name) {
        return "'" + name.replace("\0", "\\0").replace("\n", "\\n").replace("\r", "\\r") + "'";
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<ExportFile> files() {
        return files;
    }

    /** Closes the zip file; streams still open on its entries fail from then on. */
    @Override
    public void close() throws IOException {
        closed = true;
        zip.close();
    }

    @Override
    public String toString() {
        return description;
    }

    /** One file entry of the zip. */
    private final class Entry implements ExportFile {

        private final String path;
        private final ZipEntry entry;

        Entry(String path, ZipEntry entry) {
            this.path = path;
            this.entry = entry;
        }

        @Override
        public String path() {
            return path;
        }

        /** The size the zip declares, which a hostile zip may understate; reading enforces the limit. */
        @Override
        public long size() {
            return entry.getSize();
        }

        @Override
        public InputStream open() throws IOException {
            if (closed) {
                throw new IOException(description + " is closed, cannot read " + path);
            }
            InputStream raw;
            try {
                raw = zip.getInputStream(entry);
            } catch (IllegalStateException e) {
                // Lost a race with close(); ZipFile reports that unchecked.
                throw new IOException(description + " is closed, cannot read " + path, e);
            }
            return new BufferedInputStream(new LimitedInputStream(raw, path, limits.maxEntrySize(), totalRead,
                    limits.maxTotalSize(), description));
        }

        @Override
        public String toString() {
            return path + " in " + zipPath;
        }
    }
}
