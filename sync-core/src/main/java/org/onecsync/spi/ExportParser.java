package org.onecsync.spi;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one file of an export and streams its records, one at a time, to a {@link RecordHandler}.
 *
 * <p>A parser never holds a whole file in memory and never touches a database.
 */
public interface ExportParser {

    /**
     * Reads one file.
     *
     * @param fileName the file's path within the export, used in messages and locations
     * @param in the file's bytes; the parser does not close it
     * @param handler receives the file's header, its packages and its records, in document order
     * @throws org.onecsync.parse.ParseException if the file is malformed, truncated or not allowed (DTDs);
     *         the message names the file, line and column
     * @throws IOException if reading fails
     */
    void parse(String fileName, InputStream in, RecordHandler handler) throws IOException;
}
