package org.onecsync.jdbi.internal;

import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.onecsync.model.EntityType;
import org.onecsync.store.Problem;

/**
 * The reference checks of resolve. Failing rows are marked in {@code dropped} with the code of the first
 * check they fail, in the order the port defines; every later statement skips marked rows.
 *
 * <p>Each check is an uncorrelated {@code NOT IN}: PostgreSQL hashes the known keys once and probes each
 * row in a single pass over the staged prices and stocks, and SQLite builds a temporary index once. The
 * keys never hold null, so {@code NOT IN} has no null surprises; null references are tested explicitly.
 */
final class References {

    private static final int UNKNOWN_PRODUCT = 1;
    private static final int UNKNOWN_OFFER = 2;
    private static final int UNKNOWN_PRICE_TYPE = 3;
    private static final int UNKNOWN_WAREHOUSE = 4;

    private static final String PRODUCTS = """
            SELECT key FROM onecsync_stage WHERE entity = 'products'
            UNION ALL SELECT key FROM onecsync_entity WHERE entity = 'products'""";

    // A dropped offer vouches for nothing. A product without variants has its own offer keyed by the product
    // id, and a 2.x catalog lists a variant as a product keyed product#variant: either way a product's key
    // names an offer.
    private static final String OFFERS = """
            SELECT key FROM onecsync_stage WHERE entity = 'offers' AND dropped IS NULL
            UNION ALL SELECT key FROM onecsync_entity WHERE entity = 'offers'
            UNION ALL SELECT key FROM onecsync_stage WHERE entity = 'products'
            UNION ALL SELECT key FROM onecsync_entity WHERE entity = 'products'""";

    private static final String PRICE_TYPES = """
            SELECT key FROM onecsync_stage WHERE entity = 'priceTypes'
            UNION ALL SELECT key FROM onecsync_entity WHERE entity = 'priceTypes'""";

    private static final String WAREHOUSES = """
            SELECT key FROM onecsync_stage WHERE entity = 'warehouses'
            UNION ALL SELECT key FROM onecsync_entity WHERE entity = 'warehouses'""";

    // An offer keyed by a known product id is that product's own offer, whatever its ref1 says.
    private static final String CHECK_OFFERS = """
            UPDATE onecsync_stage SET dropped = 1
            WHERE entity = 'offers' AND (ref1 IS NULL OR ref1 NOT IN (%1$s)) AND key NOT IN (%1$s)
            """.formatted(PRODUCTS);

    private static final String UNKNOWN_OFFER_TEST = "(ref1 IS NULL OR ref1 NOT IN (" + OFFERS + "))";

    private static final String CHECK_PRICES_AND_STOCKS = """
            UPDATE onecsync_stage
            SET dropped = CASE WHEN %1$s THEN 2 WHEN entity = 'prices' THEN 3 ELSE 4 END
            WHERE entity IN ('prices', 'stocks')
              AND (%1$s
                   OR (entity = 'prices' AND (ref2 IS NULL OR ref2 NOT IN (%2$s)))
                   OR (entity = 'stocks' AND ref2 IS NOT NULL AND ref2 NOT IN (%3$s)))
            """.formatted(UNKNOWN_OFFER_TEST, PRICE_TYPES, WAREHOUSES);

    private static final String DROPPED = """
            SELECT entity, key, ref1, ref2, file, line, dropped FROM onecsync_stage
            WHERE dropped IS NOT NULL ORDER BY seq
            """;

    private References() {
    }

    /**
     * Marks every row whose references are unknown, offers first, since prices and stock rely on them.
     *
     * @return how many rows were marked
     */
    static int check(Handle handle) {
        return handle.execute(CHECK_OFFERS) + handle.execute(CHECK_PRICES_AND_STOCKS);
    }

    /** Streams one problem per marked row, in staging order. */
    static void report(Handle handle, Consumer<Problem> dropped) {
        handle.createQuery(DROPPED)
                .setFetchSize(1000)
                .map((rs, ctx) -> {
                    EntityType entity = Entities.of(rs.getString("entity"));
                    String reason = reason(entity, rs.getInt("dropped"), rs.getString("ref1"), rs.getString("ref2"));
                    return new Problem(entity, rs.getString("key"), rs.getString("file"), rs.getLong("line"), reason);
                })
                .forEach(dropped);
    }

    private static String reason(EntityType entity, int code, String ref1, String ref2) {
        String subject = entity == EntityType.PRICE ? "price" : entity == EntityType.STOCK ? "stock" : "offer";
        String target = switch (code) {
            case UNKNOWN_PRODUCT -> "product " + ref1;
            case UNKNOWN_OFFER -> "offer " + ref1;
            case UNKNOWN_PRICE_TYPE -> "price type " + ref2;
            case UNKNOWN_WAREHOUSE -> "warehouse " + ref2;
            default -> throw new IllegalStateException("unknown drop code " + code);
        };
        return subject + " refers to " + target + ", which the store does not know";
    }
}
