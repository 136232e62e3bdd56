package org.onecsync.jdbi.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.onecsync.codec.RecordCodec;
import org.onecsync.model.EntityId;
import org.onecsync.model.EntityType;
import org.onecsync.model.OfferKey;
import org.onecsync.model.PriceKey;
import org.onecsync.model.RecordKey;
import org.onecsync.model.StockKey;
import org.onecsync.store.Change;
import org.onecsync.store.ChangeFeed;
import org.onecsync.store.ChangeKind;

/**
 * The {@link ChangeFeed} of {@code onecsync_change}: rows committed by imports, read by {@code seq}. The typed
 * key comes back from the key columns: {@code record_id} is an id or an offer's product id, {@code variant_id}
 * ({@code ''} for none) belongs to offers, prices and stock, {@code price_type_id} to prices,
 * {@code warehouse_id} ({@code ''} for the total) to stock.
 */
final class JdbiChangeFeed implements ChangeFeed {

    private final Backend backend;
    private final Schema schema;

    /**
     * @param backend the store's database
     * @param schema its schema, checked before every read
     */
    public JdbiChangeFeed(Backend backend, Schema schema) {
        this.backend = backend;
        this.schema = schema;
    }

    @Override
    public List<Change> after(long afterSeq, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        schema.verifyReadable();
        if (limit == 0) {
            return List.of();
        }
        return backend.call("cannot read the change feed", handle -> handle.createQuery("""
                        SELECT seq, session_id, entity, record_id, variant_id, price_type_id, warehouse_id, kind,
                               previous
                        FROM onecsync_change WHERE seq > ? ORDER BY seq LIMIT ?""")
                .bind(0, afterSeq)
                .bind(1, limit)
                .map((rs, ctx) -> change(rs))
                .list());
    }

    @Override
    public long lastSeq() {
        schema.verifyReadable();
        return backend.call("cannot read the change feed", handle -> handle.createQuery(
                        "SELECT COALESCE(MAX(seq), 0) FROM onecsync_change")
                .mapTo(Long.class)
                .one());
    }

    private static Change change(ResultSet rs) throws SQLException {
        EntityType entity = Entities.of(rs.getString("entity"));
        String previous = rs.getString("previous");
        return new Change(rs.getLong("seq"), rs.getLong("session_id"), entity, key(entity, rs),
                ChangeKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                previous == null ? null : RecordCodec.fromJson(entity, previous));
    }

    private static RecordKey key(EntityType entity, ResultSet rs) throws SQLException {
        String id = rs.getString("record_id");
        return switch (entity) {
            case OFFER -> offer(id, rs);
            case PRICE -> new PriceKey(offer(id, rs), rs.getString("price_type_id"));
            case STOCK -> new StockKey(offer(id, rs), RecordRows.emptyToNull(rs.getString("warehouse_id")));
            default -> new EntityId(id);
        };
    }

    private static OfferKey offer(String productId, ResultSet rs) throws SQLException {
        return new OfferKey(productId, RecordRows.emptyToNull(rs.getString("variant_id")));
    }
}
