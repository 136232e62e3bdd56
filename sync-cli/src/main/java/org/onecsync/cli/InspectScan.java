package org.onecsync.cli;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ExportSummary;
import org.onecsync.source.ExportSource;
import org.onecsync.spi.ParserOptions;

/**
 * What {@code inspect} found: the export's summary, and the format each file was read as.
 *
 * @param summary the export's summary
 * @param formats the format each file was read as, by path (derived from the summary once, not per look-up)
 */
record InspectScan(ExportSummary summary, Map<String, String> formats) {

    InspectScan(ExportSummary summary) {
        this(summary, summary.files().stream().collect(Collectors.toMap(ExportSummary.FileReport::path,
                ExportSummary.FileReport::format, (first, second) -> first)));
    }

    /** {@return the format a file was read as} */
    String format(String path) {
        return formats.getOrDefault(path, "commerceml");
    }

    /** {@return whether every file read is CommerceML: the table then keeps the columns it always had} */
    boolean commercemlOnly() {
        return formats.values().stream().allMatch("commerceml"::equals);
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
