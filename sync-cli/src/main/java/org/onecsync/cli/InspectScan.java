package org.onecsync.cli;

import java.io.IOException;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ExportSummary;
import org.onecsync.source.ExportSource;
import org.onecsync.spi.ParserOptions;

/**
 * What {@code inspect} found: the export's summary, and the format each file was read as.
 *
 * @param summary the export's summary
 */
record InspectScan(ExportSummary summary) {

    /** {@return the format a file was read as} */
    String format(String path) {
        return summary.files().stream().filter(f -> f.path().equals(path)).map(ExportSummary.FileReport::format)
                .findFirst().orElse("commerceml");
    }

    /** {@return whether every file read is CommerceML: the table then keeps the columns it always had} */
    boolean commercemlOnly() {
        return summary.files().stream().allMatch(f -> "commerceml".equals(f.format()));
    }

    /**
     * Reads every file of an export once, in constant memory.
     *
     * @param source the export
     * @param reader picks each file's parser
     * @param options the forced format and the parser settings
     * @return what the export holds
     * @throws IOException if a file cannot be read
     */
    static InspectScan read(ExportSource source, ExportReader reader, ParserOptions options) throws IOException {
        return new InspectScan(ExportSummary.read(source, reader, options));
    }
}
