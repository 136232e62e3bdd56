package org.onecsync.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.onecsync.SyncException;
import org.onecsync.source.internal.Sources;

/**
 * Opens an export wherever it lies: a folder, a zip or a single file.
 *
 * <p>The kind is chosen by what the path is and, for a file, by its first bytes, never by its extension:
 * 1C and the people moving its exports around name files freely ({@code export.dat} may be a zip, and
 * {@code export.zip} may be a bare XML file).
 */
public final class ExportSources {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private ExportSources() {
    }

    /**
     * Opens the export at {@code path} with {@link ZipLimits#defaults() the default zip limits}.
     *
     * @param path a folder, a zip file or any other file
     * @return the source; the caller closes it
     * @throws NoSuchFileException if nothing exists at {@code path}
     * @throws IOException if {@code path} cannot be read
     * @throws SyncException if the zip is unsafe (an entry escapes it, or it declares too much data) or
     *     {@code path} is neither a file nor a folder
     * @see #open(Path, ZipLimits)
     */
    public static ExportSource open(Path path) throws IOException {
        return open(path, ZipLimits.defaults());
    }

    /**
     * Opens the export at {@code path}.
     *
     * <ul>
     *   <li>A folder gives every regular file below it, recursively, with paths relative to the folder.
     *       Symbolic links to files inside the folder are listed; links that lead outside it, dangling links
     *       and links to folders are skipped.</li>
     *   <li>A file starting with the zip local-file-header signature {@code PK\3\4} gives the zip's file
     *       entries, checked against {@code limits}.</li>
     *   <li>Any other file gives itself alone, under its file name.</li>
     * </ul>
     *
     * @param path a folder, a zip file or any other file; a symbolic link is followed
     * @param limits what a zip may expand to; ignored for folders and plain files
     * @return the source; the caller closes it
     * @throws NoSuchFileException if nothing exists at {@code path}
     * @throws IOException if {@code path} cannot be read
     * @throws SyncException if the zip is unsafe (an entry escapes it, or it declares too much data) or
     *     {@code path} is neither a file nor a folder
     */
    public static ExportSource open(Path path, ZipLimits limits) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(limits, "limits");
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        if (Files.isDirectory(path)) {
            return Sources.folder(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new SyncException(SyncException.Kind.BAD_INPUT, path.toAbsolutePath() + " is neither a file nor a folder");
        }
        if (startsWithZipMagic(path)) {
            return Sources.zip(path, limits);
        }
        return Sources.file(path);
    }

    private static boolean startsWithZipMagic(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(ZIP_MAGIC.length);
        }
        return Arrays.equals(head, ZIP_MAGIC);
    }
}
