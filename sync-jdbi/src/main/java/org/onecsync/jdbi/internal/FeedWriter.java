package org.onecsync.jdbi.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onecsync.codec.RecordCodec;
import org.onecsync.model.EntityId;
import org.onecsync.model.OfferKey;
import org.onecsync.model.PriceKey;
import org.onecsync.model.RecordKey;
import org.onecsync.model.StockKey;
import org.onecsync.store.Change;
import org.onecsync.store.PriceChange;

/** The import's writes to the change feed and the price history. */
final class FeedWriter {

    private static final int CHANGE_FLUSH = 10_000;
    private static final String CHANGE_COLUMNS =
            "seq, session_id, entity, record_id, variant_id, price_type_id, warehouse_id, kind, previous, changed_at";
    private static final String HISTORY_COLUMNS =
            "product_id, variant_id, price_type_id, old_amount, new_amount, session_id, changed_at";

    private final JdbiImportTransaction transaction;
    private final RowAppender appender;
    private final long sessionId;
    private final Instant now;
    private final List<Change> pendingChanges = new ArrayList<>();

    FeedWriter(JdbiImportTransaction transaction, RowAppender appender, long sessionId, Instant now) {
        this.transaction = transaction;
        this.appender = appender;
        this.sessionId = sessionId;
        this.now = now;
    }

    /**
     * Collects entries and writes them in COPYs of {@value #CHANGE_FLUSH} rows (a first import writes one per row):
     * fewer, larger statements. What is collected is written before {@link JdbiImportTransaction#commit} and read
     * by {@link #lastSeq}.
     */
    void appendChanges(List<Change> changes) {
        pendingChanges.addAll(changes);
        if (pendingChanges.size() >= CHANGE_FLUSH) {
            flushChanges();
        }
    }

    void flushChanges() {
        if (pendingChanges.isEmpty()) {
            return;
        }
        List<Change> changes = new ArrayList<>(pendingChanges);
        pendingChanges.clear();
        transaction.run("cannot write the change feed", () -> appender.append("onecsync_change", CHANGE_COLUMNS,
                10, changes.size(), (i, sink) -> {
                    Change change = changes.get(i);
                    sink.int64(change.seq());
                    sink.int64(change.session());
                    sink.text(change.entity().jsonName());
                    RecordKey key = change.key();
                    if (key instanceof EntityId id) {
                        sink.text(id.value());
                        sink.text(null);
                        sink.text(null);
                        sink.text(null);
                    } else if (key instanceof OfferKey offer) {
                        Columns.offerKey(offer, sink);
                        sink.text(null);
                        sink.text(null);
                    } else if (key instanceof PriceKey price) {
                        Columns.offerKey(price.offer(), sink);
                        sink.text(price.priceTypeId());
                        sink.text(null);
                    } else if (key instanceof StockKey stock) {
                        Columns.offerKey(stock.offer(), sink);
                        sink.text(null);
                        sink.text(stock.warehouseId() == null ? "" : stock.warehouseId());
                    }
                    sink.text(change.kind().jsonName());
                    sink.json(change.previous() == null ? null : RecordCodec.json(change.previous()));
                    sink.time(now);
                }));
        transaction.wrote("onecsync_change", changes.size());
    }

    long lastSeq() {
        if (!pendingChanges.isEmpty()) {
            return pendingChanges.get(pendingChanges.size() - 1).seq();
        }
        return transaction.call("cannot read the change feed", () -> {
            try (ResultSet rs = transaction.prepared("SELECT COALESCE(MAX(seq), 0) FROM onecsync_change")
                    .executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Writes the rows with this import's session and time (the engine's {@code sessionId}, {@code changedAt} aside). */
    void appendPriceHistory(List<PriceChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        transaction.run("cannot write the price history", () -> appender.append("onecsync_price_history",
                HISTORY_COLUMNS, 7, changes.size(), (i, sink) -> {
                    PriceChange change = changes.get(i);
                    Columns.offerKey(change.key().offer(), sink);
                    sink.text(change.key().priceTypeId());
                    sink.decimal(change.oldAmount());
                    sink.decimal(change.newAmount());
                    sink.int64(sessionId);
                    sink.time(now);
                }));
        transaction.wrote("onecsync_price_history", changes.size());
    }
}
