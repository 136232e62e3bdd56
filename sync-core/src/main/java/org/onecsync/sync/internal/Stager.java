package org.onecsync.sync.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.model.Offer;
import org.onecsync.model.Price;
import org.onecsync.model.Stock;
import org.onecsync.parse.DocumentHeader;
import org.onecsync.parse.FileSummary;
import org.onecsync.parse.PackageHeader;
import org.onecsync.spi.RecordHandler;
import org.onecsync.store.Problem;
import org.onecsync.store.StagedRecord;
import org.onecsync.sync.ImportKind;

/**
 * Turns the records of an export into staged rows: filters by import kind, validates, fingerprints, and
 * hands them to the store in batches. It also works out which entities came only from full packages.
 */
public final class Stager implements RecordHandler {

    private final Consumer<List<StagedRecord>> sink;
    private final ImportKind kind;
    private final int batchSize;
    private final Problems problems;
    private final List<StagedRecord> batch;
    private final Set<EntityType> seenFull = EnumSet.noneOf(EntityType.class);
    private final Set<EntityType> seenPartial = EnumSet.noneOf(EntityType.class);
    private final Set<EntityType> staged = EnumSet.noneOf(EntityType.class);
    private String file;
    private FileSummary summary;
    private long records;

    /**
     * @param sink where batches go (the store transaction, or a pipe to it)
     * @param kind which records to keep
     * @param batchSize how many records per batch
     * @param problems where invalid records are reported
     */
    public Stager(Consumer<List<StagedRecord>> sink, ImportKind kind, int batchSize, Problems problems) {
        this.sink = sink;
        this.kind = kind;
        this.batchSize = batchSize;
        this.problems = problems;
        this.batch = new ArrayList<>(batchSize);
    }

    /**
     * Starts a file.
     *
     * @param path the file's path within the export
     */
    public void beginFile(String path) {
        file = path;
        summary = new FileSummary();
    }

    /** Ends the current file: stages what is left and notes whether its packages were full. */
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
        batch.add(stage(record, line));
        staged.add(record.type());
        records++;
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    @Override
    public void onSkipped(EntityType type, String key, String reason, long line) {
        if (kind.includes(type)) {
            problems.add(new Problem(type, key, file, line, reason));
        }
    }

    /** Hands the current batch to the store. */
    public void flush() {
        if (!batch.isEmpty()) {
            sink.accept(List.copyOf(batch));
            batch.clear();
        }
    }

    /** Records staged so far. */
    public long records() {
        return records;
    }

    /** Whether any record of a type was staged. */
    public boolean staged(EntityType type) {
        return staged.contains(type);
    }

    /** The entities whose records all came from full packages. */
    public Set<EntityType> complete() {
        Set<EntityType> result = EnumSet.noneOf(EntityType.class);
        result.addAll(seenFull);
        result.removeAll(seenPartial);
        return result;
    }

    private StagedRecord stage(CatalogRecord record, long line) {
        String payload = RecordJson.write((Record) record);
        String ref1 = null;
        String ref2 = null;
        BigDecimal amount = null;
        if (record instanceof Offer offer) {
            ref1 = offer.offerKey().productId();
        } else if (record instanceof Price price) {
            ref1 = price.offer().toString();
            ref2 = price.priceTypeId();
            amount = price.amount();
        } else if (record instanceof Stock stock) {
            ref1 = stock.offer().toString();
            ref2 = stock.warehouseId();
            amount = stock.quantity();
        }
        return new StagedRecord(record.type(), record.key(), ref1, ref2, amount, !DeletionMark.of(record),
                Fingerprint.of(payload), payload, file, line);
    }
}
