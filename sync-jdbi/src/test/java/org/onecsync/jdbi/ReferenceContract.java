package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onecsync.jdbi.Records.at;
import static org.onecsync.jdbi.Records.counts;
import static org.onecsync.jdbi.Records.offer;
import static org.onecsync.jdbi.Records.price;
import static org.onecsync.jdbi.Records.priceType;
import static org.onecsync.jdbi.Records.product;
import static org.onecsync.jdbi.Records.stock;
import static org.onecsync.jdbi.Records.warehouse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecsync.model.EntityType;
import org.onecsync.store.Problem;

/** The reference checks of resolve and the problems they report. */
interface ReferenceContract extends StoreContract {

    @Test
    default void dropsOfferForUnknownProduct() {
        Outcome outcome = importRecords(product("p1"), offer("p1#a", "p1"), at(offer("x#1", "x"), "offers.xml", 12));

        assertEquals(List.of(new Problem(EntityType.OFFER, "x#1", "offers.xml", 12,
                "offer refers to product x, which the store does not know")), outcome.problems());
        assertEquals(Map.of(EntityType.PRODUCT, counts(1, 0, 0, 0), EntityType.OFFER, counts(1, 0, 0, 0)),
                outcome.counts());
    }

    @Test
    default void offerKeyedByAKnownProductIsItsOwnOffer() {
        importRecords(product("p1"));

        Outcome outcome = importRecords(offer("p1", "not-sent"), offer("p2", "not-sent"));

        assertEquals(List.of(new Problem(EntityType.OFFER, "p2", Records.FILE, 1,
                "offer refers to product not-sent, which the store does not know")), outcome.problems());
        assertEquals(Map.of(EntityType.OFFER, counts(1, 0, 0, 0)), outcome.counts());
    }

    @Test
    default void dropsPriceForUnknownOffer() {
        importRecords(product("p1"), priceType("t1"));

        Outcome outcome = importRecords(at(price("p1#zz", "t1", "5"), "prices.xml", 40));

        assertEquals(List.of(new Problem(EntityType.PRICE, "p1#zz|t1", "prices.xml", 40,
                "price refers to offer p1#zz, which the store does not know")), outcome.problems());
        assertEquals(Map.of(), outcome.counts());
        assertEquals(null, stored(EntityType.PRICE, "p1#zz|t1"));
    }

    @Test
    default void dropsPriceForUnknownPriceType() {
        Outcome outcome = importRecords(product("p1"), priceType("t1"), price("p1", "t1", "1"),
                at(price("p1", "tX", "2"), "prices.xml", 7));

        assertEquals(List.of(new Problem(EntityType.PRICE, "p1|tX", "prices.xml", 7,
                "price refers to price type tX, which the store does not know")), outcome.problems());
        assertEquals(counts(1, 0, 0, 0), outcome.counts().get(EntityType.PRICE));
    }

    @Test
    default void offerCheckComesBeforePriceTypeCheck() {
        Outcome outcome = importRecords(product("p1"), price("p1#nope", "tX", "2"));

        assertEquals(List.of(new Problem(EntityType.PRICE, "p1#nope|tX", Records.FILE, 1,
                "price refers to offer p1#nope, which the store does not know")), outcome.problems());
    }

    @Test
    default void dropsStockForUnknownOfferOrWarehouse() {
        Outcome outcome = importRecords(product("p1"), warehouse("w1"), stock("p1", "w1", "3"),
                stock("p1", null, "3"), at(stock("p9", "wX", "1"), "rests.xml", 3),
                at(stock("p1", "wX", "1"), "rests.xml", 4));

        assertEquals(List.of(
                new Problem(EntityType.STOCK, "p9|wX", "rests.xml", 3,
                        "stock refers to offer p9, which the store does not know"),
                new Problem(EntityType.STOCK, "p1|wX", "rests.xml", 4,
                        "stock refers to warehouse wX, which the store does not know")), outcome.problems());
        assertEquals(counts(2, 0, 0, 0), outcome.counts().get(EntityType.STOCK));
    }

    @Test
    default void priceOfDroppedOfferIsDropped() {
        Outcome outcome = importRecords(priceType("t1"), offer("p9#1", "p9"), price("p9#1", "t1", "1"));

        assertEquals(List.of(
                new Problem(EntityType.OFFER, "p9#1", Records.FILE, 1,
                        "offer refers to product p9, which the store does not know"),
                new Problem(EntityType.PRICE, "p9#1|t1", Records.FILE, 1,
                        "price refers to offer p9#1, which the store does not know")), outcome.problems());
        assertEquals(Map.of(EntityType.PRICE_TYPE, counts(1, 0, 0, 0)), outcome.counts());
    }

    @Test
    default void variantListedAsAProductCarriesItsOwnPrices() {
        importRecords(product("p1#v"), priceType("t1"));

        Outcome outcome = importRecords(price("p1#v", "t1", "7"));

        assertEquals(List.of(), outcome.problems());
        assertEquals(Map.of(EntityType.PRICE, counts(1, 0, 0, 0)), outcome.counts());
    }

    @Test
    default void bareProductKeyStandsForItsOffer() {
        importRecords(product("p1"), priceType("t1"));

        Outcome outcome = importRecords(price("p1", "t1", "1"), price("p1#v", "t1", "2"));

        assertEquals(List.of(new Problem(EntityType.PRICE, "p1#v|t1", Records.FILE, 1,
                "price refers to offer p1#v, which the store does not know")), outcome.problems());
        assertEquals(Map.of(EntityType.PRICE, counts(1, 0, 0, 0)), outcome.counts());
    }

    @Test
    default void storedReferencesAreKnown() {
        importRecords(product("p1"), offer("p1#a", "p1"), priceType("t1"), warehouse("w1"));

        Outcome outcome = importRecords(offer("p1#b", "p1"), price("p1#a", "t1", "1"), stock("p1#a", "w1", "2"));

        assertEquals(List.of(), outcome.problems());
        assertEquals(Map.of(EntityType.OFFER, counts(1, 0, 0, 0), EntityType.PRICE, counts(1, 0, 0, 0),
                EntityType.STOCK, counts(1, 0, 0, 0)), outcome.counts());
    }

    @Test
    default void problemsCarryFileAndLineExactly() {
        String file = "dir\\sub dir/offers\t№1\n.xml";

        Outcome outcome = importRecords(at(offer("o\\1", "ghost\t"), file, 123_456_789_012L));

        assertEquals(List.of(new Problem(EntityType.OFFER, "o\\1", file, 123_456_789_012L,
                "offer refers to product ghost\t, which the store does not know")), outcome.problems());
    }
}
