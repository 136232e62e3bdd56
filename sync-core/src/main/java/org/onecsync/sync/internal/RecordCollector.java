package org.onecsync.sync.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
 * Receives what the parsers read, on the importing thread: keeps the records of the import's kind, skips
 * invalid ones with a reason, counts the others as ignored, and hands the rest on in chunks. It also works out
 * which entities came only from complete packages, and checks for cancellation at every record.
 */
final class RecordCollector implements RecordHandler {

    private static final int CHUNK = 512;

    private final Consumer<List<Deferred>> sink;
    private final ImportKind kind;
    private final Problems problems;
    private final Cancellation cancellation;
    private final EnumMap<EntityType, Long> ignored = new EnumMap<>(EntityType.class);
    private final Set<EntityType> seenFull = EnumSet.noneOf(EntityType.class);
    private final Set<EntityType> seenPartial = EnumSet.noneOf(EntityType.class);
    private final Set<EntityType> read = EnumSet.noneOf(EntityType.class);
    private List<Deferred> chunk = new ArrayList<>(CHUNK);
    private String file;
    private FileSummary summary;
    private long records;
    private long recordsRead;

    /**
     * @param sink receives chunks of valid records, in the order read
     * @param kind which records to keep
     * @param problems where invalid records are reported
     * @param cancellation checked at every record
     */
    RecordCollector(Consumer<List<Deferred>> sink, ImportKind kind, Problems problems, Cancellation cancellation) {
        this.sink = sink;
        this.kind = kind;
        this.problems = problems;
        this.cancellation = cancellation;
    }

    /** @param path the file about to be read */
    void beginFile(String path) {
        file = path;
        summary = new FileSummary();
    }

    /**
     * Ends the current file: hands on what is left and notes whether its packages were complete.
     *
     * @return what the file held
     */
    FileSummary endFile() {
        flush();
        boolean full = Boolean.FALSE.equals(summary.partial());
        for (EntityType type : EntityType.values()) {
            if (summary.count(type) > 0 && kind.includes(type)) {
                (full ? seenFull : seenPartial).add(type);
            }
        }
        return summary;
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
        cancellation.check();
        summary.onRecord(record, line);
        if (!kind.includes(record.type())) {
            ignored.merge(record.type(), 1L, Long::sum);
            return;
        }
        recordsRead++;
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
        cancellation.check();
        if (kind.includes(type)) {
            recordsRead++;
            problems.add(new Problem(type, key, file, line, reason));
        }
    }

    /** Valid records of the import's kind read so far: those handed on. */
    long records() {
        return records;
    }

    /**
     * Records of the import's kind read so far, valid or not, including those the parser could not read:
     * every record the import applies or skips.
     */
    long recordsRead() {
        return recordsRead;
    }

    /** Records read that are not of the import's kind, per entity. */
    Map<EntityType, Long> ignored() {
        return ignored;
    }

    /** Whether any valid record of a type was read. */
    boolean read(EntityType type) {
        return read.contains(type);
    }

    /** The entities whose records all came from complete packages. */
    Set<EntityType> complete() {
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
