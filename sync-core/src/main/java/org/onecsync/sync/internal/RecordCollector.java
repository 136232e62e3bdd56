package org.onecsync.sync.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.parse.DocumentHeader;
import org.onecsync.parse.FileSummary;
import org.onecsync.parse.PackageHeader;
import org.onecsync.spi.RecordHandler;
import org.onecsync.store.Deferred;
import org.onecsync.store.Problem;
import org.onecsync.sync.ImportKind;

/**
 * Receives what the parsers read: keeps the records of the import's kind, skips invalid ones with a reason,
 * and hands the rest on in chunks. It also works out which entities came only from complete packages.
 */
public final class RecordCollector implements RecordHandler {

    private static final int CHUNK = 512;

    private final Consumer<List<Deferred>> sink;
    private final ImportKind kind;
    private final Problems problems;
    private final Set<EntityType> seenFull = EnumSet.noneOf(EntityType.class);
    private final Set<EntityType> seenPartial = EnumSet.noneOf(EntityType.class);
    private final Set<EntityType> read = EnumSet.noneOf(EntityType.class);
    private List<Deferred> chunk = new ArrayList<>(CHUNK);
    private String file;
    private FileSummary summary;
    private long records;

    /**
     * @param sink receives chunks of valid records, in the order read
     * @param kind which records to keep
     * @param problems where invalid records are reported
     */
    public RecordCollector(Consumer<List<Deferred>> sink, ImportKind kind, Problems problems) {
        this.sink = sink;
        this.kind = kind;
        this.problems = problems;
    }

    /** @param path the file about to be read */
    public void beginFile(String path) {
        file = path;
        summary = new FileSummary();
    }

    /** Ends the current file: hands on what is left and notes whether its packages were complete. */
    public void endFile() {
        flush();
        boolean full = Boolean.FALSE.equals(summary.partial());
        for (EntityType type : EntityType.values()) {
            if (summary.count(type) > 0 && kind.includes(type)) {
                (full ? seenFull : seenPartial).add(type);
            }
        }
    }

    @Override
    public void onDocument(DocumentHeader header) {
        summary.onDocument(header);
    }

    @Override
    public void onPackage(PackageHeader header) {
        summary.onPackage(header);
    }

    @Override
    public void onRecord(CatalogRecord record, long line) {
        summary.onRecord(record, line);
        if (!kind.includes(record.type())) {
            return;
        }
        String invalid = Validation.problem(record);
        if (invalid != null) {
            problems.add(new Problem(record.type(), record.key(), file, line, invalid));
            return;
        }
        chunk.add(new Deferred(record, file, line));
        read.add(record.type());
        records++;
        if (chunk.size() >= CHUNK) {
            flush();
        }
    }

    @Override
    public void onSkipped(EntityType type, String key, String reason, long line) {
        if (kind.includes(type)) {
            problems.add(new Problem(type, key, file, line, reason));
        }
    }

    /** Valid records read so far. */
    public long records() {
        return records;
    }

    /** Whether any valid record of a type was read. */
    public boolean read(EntityType type) {
        return read.contains(type);
    }

    /** The entities whose records all came from complete packages. */
    public Set<EntityType> complete() {
        Set<EntityType> result = EnumSet.noneOf(EntityType.class);
        result.addAll(seenFull);
        result.removeAll(seenPartial);
        return result;
    }

    private void flush() {
        if (!chunk.isEmpty()) {
            sink.accept(chunk);
            chunk = new ArrayList<>(CHUNK);
        }
    }
}
