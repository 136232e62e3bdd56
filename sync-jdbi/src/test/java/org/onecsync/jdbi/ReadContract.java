package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onecsync.jdbi.Records.category;
import static org.onecsync.jdbi.Records.priceType;
import static org.onecsync.jdbi.Records.product;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.model.EntityType;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportLockedException;
import org.onecsync.store.StoredRecord;

/** Dump, catalog presence and schema preparation. */
interface ReadContract extends StoreContract {

    @Test
    default void dumpIsSortedByEntityAndKey() {
        importRecords(product("b"), product("Я"), category("c2"), product("a"), product("ä"), priceType("t"),
                product("B"), product("9"), category("c1"), product("10"), product("z"));

        List<String> order = dump().stream().map(row -> row.entity().jsonName() + ":" + row.key()).toList();

        assertEquals(List.of("categories:c1", "categories:c2", "priceTypes:t", "products:10", "products:9",
                "products:B", "products:a", "products:b", "products:z", "products:ä", "products:Я"), order);
    }

    @Test
    default void sinkFailurePassesThroughUnchanged() {
        importRecords(product("p1"), product("p2"));
        java.io.UncheckedIOException full = new java.io.UncheckedIOException(new java.io.IOException("disk full"));

        java.io.UncheckedIOException thrown = assertThrows(java.io.UncheckedIOException.class,
                () -> store().dump(row -> {
                    throw full;
                }));

        assertSame(full, thrown);
        assertTrue(store().hasCatalog());
    }

    @Test
    default void hasCatalogOnlyWithProducts() {
        assertFalse(store().hasCatalog());
        importRecords(priceType("t1"), category("c1"));
        assertFalse(store().hasCatalog());

        importRecords(product("p1"));

        assertTrue(store().hasCatalog());
    }

    @Test
    default void prepareIsIdempotent() {
        importRecords(product("p1"));

        try (JdbiCatalogStore again = openStore()) {
            again.prepare();
            again.prepare();
        }

        assertEquals(List.of(new StoredRecord(EntityType.PRODUCT, "p1", true,
                "{\"id\":\"p1\",\"name\":\"Product p1\"}")), dump());
    }

    @Test
    default void prepareWorksBesideTheShopsTables() throws Exception {
        String url = freshDatabaseUrl();
        sqlExecute(url, "CREATE TABLE shop_order (id integer PRIMARY KEY, total text)");

        try (JdbiCatalogStore beside = JdbiCatalogStore.open(url)) {
            beside.prepare();

            assertFalse(beside.hasCatalog());
            assertEquals(List.of(), beside.recentSessions(5));
        }
    }

    @Test
    default void dataSourceStoreFindsItsDialectAndSharesTheLock() {
        try (JdbiCatalogStore viaDataSource = JdbiCatalogStore.of(dataSource())) {
            viaDataSource.prepare();
            importRecords(product("p1"));

            List<StoredRecord> rows = new java.util.ArrayList<>();
            viaDataSource.dump(rows::add);
            assertEquals(List.of(new StoredRecord(EntityType.PRODUCT, "p1", true,
                    "{\"id\":\"p1\",\"name\":\"Product p1\"}")), rows);
            ImportLock held = viaDataSource.lock();
            assertThrows(ImportLockedException.class, () -> store().lock());
            held.close();
        }
    }
}
