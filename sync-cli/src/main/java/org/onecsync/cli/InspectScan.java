package org.onecsync.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onecsync.model.EntityType;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ExportSummary;
import org.onecsync.parse.FileOutcome;
import org.onecsync.parse.FileSummary;
import org.onecsync.parse.UnreadableRecord;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.spi.ParserOptions;

/**
 * What {@code inspect} found: the export's summary, and the format each file was read as.
 *
 * <p>{@link ExportSummary#read} reads with default parser options and does not keep the formats, so this reads
 * the files the same way, with the command line's {@code --format} and {@code --profile}.
 *
 * @param summary the export's summary
 * @param formats the format each read file was read as ({@code commerceml}, {@code csv}, {@code json}), by path
 */
record InspectScan(ExportSummary summary, Map<String, String> formats) {

    InspectScan {
        formats = Map.copyOf(formats);
    }

    /** {@return the format a file was read as, {@code commerceml} for a file the summary has but this does not} */
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
        List<ExportSummary.FileReport> files = new ArrayList<>();
        List<FileOutcome> skipped = new ArrayList<>();
        Map<String, String> formats = new HashMap<>();
        Map<EntityType, Long> totals = new EnumMap<>(EntityType.class);
        Map<EntityType, Long> unreadable = new EnumMap<>(EntityType.class);
        List<UnreadableRecord> firstUnreadable = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            totals.put(type, 0L);
            unreadable.put(type, 0L);
        }
        for (ExportFile file : source.files()) {
            FileSummary summary = new FileSummary();
            FileOutcome outcome = reader.read(file, summary, options);
            if (!outcome.parsed()) {
                skipped.add(outcome);
                continue;
            }
            files.add(new ExportSummary.FileReport(file.path(), summary));
            formats.put(file.path(), outcome.format());
            summary.counts().forEach((type, n) -> totals.merge(type, n, Long::sum));
            summary.unreadable().forEach((type, n) -> unreadable.merge(type, n, Long::sum));
            for (UnreadableRecord record : summary.firstUnreadable()) {
                if (firstUnreadable.size() < FileSummary.KEPT) {
                    firstUnreadable.add(record.path() != null ? record
                            : new UnreadableRecord(file.path(), record.line(), record.type(), record.key(),
                                    record.reason()));
                }
            }
        }
        return new InspectScan(new ExportSummary(files, totals, unreadable, firstUnreadable, skipped), formats);
    }
}
