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
import org.onecsync.spi.ParserOptions;

/**
 * What a whole export holds: each file's summary, the totals, the entities the parsers could not read, and the
 * files no parser reads. Built by reading every file once, in constant memory.
 *
 * @param files the files that were read, in path order
 * @param totals the record counts over all files, every kind present, in {@link EntityType} order
 * @param unreadable over all files, how many entities of each kind a parser found but could not read (no id,
 *        an amount that is not a number, …), every kind present, in {@link EntityType} order; not in
 *        {@code totals}
 * @param firstUnreadable the first {@value FileSummary#KEPT} of those entities, in path and line order
 * @param skipped the files that were not read, with the reason
 */
public record ExportSummary(List<FileReport> files, Map<EntityType, Long> totals, Map<EntityType, Long> unreadable,
                            List<UnreadableRecord> firstUnreadable, List<FileOutcome> skipped) {

    /**
     * One file that was read.
     *
     * @param path the file's path within the export
     * @param format the format it was read as ({@code commerceml}, {@code csv}, {@code json})
     * @param summary what it holds
     */
    public record FileReport(String path, String format, FileSummary summary) {
    }

    /**
     * Creates an export's summary, keeping copies of the lists and maps so that the record stays immutable.
     *
     * @param files the files that were read, in path order
     * @param totals the record counts over all files
     * @param unreadable over all files, how many entities of each kind a parser found but could not read
     * @param firstUnreadable the first of those entities, in path and line order
     * @param skipped the files that were not read, with the reason
     */
    public ExportSummary {
        files = List.copyOf(files);
        totals = Collections.unmodifiableMap(copy(totals));
        unreadable = Collections.unmodifiableMap(copy(unreadable));
        firstUnreadable = List.copyOf(firstUnreadable);
        skipped = List.copyOf(skipped);
    }

    private static Map<EntityType, Long> copy(Map<EntityType, Long> counts) {
        // EnumMap's copy constructor refuses an empty map of another kind.
        Map<EntityType, Long> copy = new EnumMap<>(EntityType.class);
        copy.putAll(counts);
        return copy;
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
        return read(source, reader, ParserOptions.none());
    }

    /**
     * Reads every file of an export with parser options: a forced format, a CSV profile.
     *
     * @param source the export
     * @param reader the reader that picks each file's parser
     * @param options the forced format and the parsers' settings
     * @return the summary
     * @throws ParseException if a file is malformed
     * @throws IOException if a file cannot be read
     */
    public static ExportSummary read(ExportSource source, ExportReader reader, ParserOptions options)
            throws IOException {
        List<FileReport> files = new ArrayList<>();
        List<FileOutcome> skipped = new ArrayList<>();
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
            if (outcome.parsed()) {
                files.add(new FileReport(file.path(), outcome.format(), summary));
                summary.counts().forEach((type, n) -> totals.merge(type, n, Long::sum));
                summary.unreadable().forEach((type, n) -> unreadable.merge(type, n, Long::sum));
                for (UnreadableRecord record : summary.firstUnreadable()) {
                    if (firstUnreadable.size() < FileSummary.KEPT) {
                        firstUnreadable.add(record.path() != null ? record
                                : new UnreadableRecord(file.path(), record.line(), record.type(), record.key(),
                                        record.reason()));
                    }
                }
            } else {
                skipped.add(outcome);
            }
        }
        return new ExportSummary(files, totals, unreadable, firstUnreadable, skipped);
    }
}
