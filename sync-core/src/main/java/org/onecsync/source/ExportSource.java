package org.onecsync.source;

import java.io.IOException;
import java.util.List;

/**
 * The files of one export. Close it to release what it holds open (a zip file).
 */
public interface ExportSource extends AutoCloseable {

    /** {@return what this source reads, for messages ({@code folder /data/export}, {@code zip /tmp/x.zip})} */
    String description();

    /** {@return the export's files, sorted by path; folders are not listed} */
    List<ExportFile> files();

    @Override
    void close() throws IOException;
}
