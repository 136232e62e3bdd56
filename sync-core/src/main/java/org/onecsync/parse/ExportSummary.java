package org.onecsync.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onecsync.model.EntityType;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;

/**
 * What a whole export holds: each file's summary, the totals, and the files no parser reads. Built by reading
 * every file once, in constant memory.
 *
 * @param files the files that were read, in path order
 * @param totals the record counts over all files, every kind present, in {@link EntityType} order
 * @param skipped the files that were not read, with the reason
 */
public record ExportSummary(List<FileReport> files, Map<EntityType, Long> totals, List<FileOutcome> skipped) {

    /**
     * One file that was read.
     *
     * @param path the file's path within the export
     * @param summary what it holds
     */
    public record FileReport(String path, FileSummary summary) {
    }

    public ExportSummary {
        files = List.copyOf(files);
        totals = Collections.unmodifiableMap(new EnumMap<>(totals));
        skipped = List.copyOf(skipped);
    }

    /**
     * Reads every file of an export.
     *
     * @param source the export
     * @param reader the reader that picks each file's parser
     * @return the summary
     * @throws ParseException if a file is malformed
     * @throws IOException if a file cannot be read
     */
    public static ExportSummary read(ExportSource source, ExportReader reader) throws IOException {
        List<FileReport> files = new ArrayList<>();
        List<FileOutcome> skipped = new ArrayList<>();
        Map<EntityType, Long> totals = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            totals.put(type, 0L);
        }
        for (ExportFile file : source.files()) {
            FileSummary summary = new FileSummary();
            FileOutcome outcome = reader.read(file, summary);
            if (outcome.parsed()) {
                files.add(new FileReport(file.path(), summary));
                summary.counts().forEach((type, n) -> totals.merge(type, n, Long::sum));
            } else {
                skipped.add(outcome);
            }
        }
        return new ExportSummary(files, totals, skipped);
    }
}
