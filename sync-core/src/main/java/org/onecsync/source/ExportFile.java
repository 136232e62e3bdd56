package org.onecsync.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * One file of an export.
 */
public interface ExportFile {

    /**
     * The file's path within the export, with {@code /} as separator and no leading {@code /}
     * (for a single-file source, the file's name).
     *
     * @return the path, e.g. {@code goods/1/import.xml}
     */
    String path();

    /** {@return the file's size in bytes as its container reports it, or {@code -1} when unknown} */
    long size();

    /**
     * Opens the file's bytes. Each call opens a fresh stream from the start; the caller closes it.
     *
     * @return the stream
     * @throws IOException if the file cannot be read
     */
    InputStream open() throws IOException;

    /**
     * The media type the file was declared with ({@code text/csv; charset=windows-1251}, from an HTTP upload), a
     * hint for parsers that cannot tell a format by content.
     *
     * @return the media type, or {@code null} when none was declared (files on disk, zip entries)
     */
    default String mediaType() {
        return null;
    }
}
