package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onecsync.jdbi.Records.counts;
import static org.onecsync.jdbi.Records.price;
import static org.onecsync.jdbi.Records.priceType;
import static org.onecsync.jdbi.Records.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.model.EntityType;
import org.onecsync.store.PriceChange;

/** The price history that apply appends. */
interface HistoryContract extends StoreContract {

    default List<PriceChange> history() {
        List<PriceChange> rows = new ArrayList<>();
        store().priceHistory(rows::add);
        return rows;
    }

    @Test
    default void priceChangeAppendsHistoryRow() {
        importRecords(product("p1"), priceType("t1"), priceType("t2"), price("p1", "t1", "10.50"));
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        Outcome outcome = importRecords(price("p1", "t1", "12.00"), price("p1", "t2", "9"));

        Instant after = Instant.now();
        assertEquals(counts(1, 1, 0, 0), outcome.counts().get(EntityType.PRICE));
        List<PriceChange> history = history();
        assertEquals(1, history.size());
        PriceChange change = history.get(0);
        assertEquals(new PriceChange("p1", "t1", new BigDecimal("10.50"), new BigDecimal("12.00"),
                outcome.session(), change.changedAt()), change);
        assertTrue(!change.changedAt().isBefore(before) && !change.changedAt().isAfter(after),
                () -> change.changedAt() + " is not between " + before + " and " + after);
    }

    @Test
    default void unchangedOrNewPricesAppendNothing() {
        importRecords(product("p1"), priceType("t1"), price("p1", "t1", "10.50"));

        importRecords(price("p1", "t1", "10.50"));

        assertEquals(List.of(), history());
    }

    @Test
    default void amountsKeepTheirExactText() {
        importRecords(product("p1"), priceType("t1"), price("p1", "t1", "1234567890123.4500"));
        importRecords(price("p1", "t1", "0.00001"));
        importRecords(price("p1", "t1", "10.5"));
        importRecords(price("p1", "t1", "10.50"));

        List<BigDecimal[]> amounts = history().stream()
                .map(change -> new BigDecimal[] {change.oldAmount(), change.newAmount()}).toList();
        assertEquals(3, amounts.size());
        assertEquals(List.of("1234567890123.4500", "0.00001", "0.00001", "10.5", "10.5", "10.50"),
                amounts.stream().flatMap(pair -> java.util.Arrays.stream(pair)).map(BigDecimal::toPlainString)
                        .toList());
    }

    @Test
    default void historyIsOldestFirst() {
        importRecords(product("p1"), product("p2"), priceType("t1"), price("p1", "t1", "1"), price("p2", "t1", "1"));
        Outcome second = importRecords(price("p2", "t1", "2"), price("p1", "t1", "2"));
        Outcome third = importRecords(price("p1", "t1", "3"));

        assertEquals(List.of("p2:" + second.session(), "p1:" + second.session(), "p1:" + third.session()),
                history().stream().map(change -> change.offerKey() + ":" + change.sessionId()).toList());
    }
}
