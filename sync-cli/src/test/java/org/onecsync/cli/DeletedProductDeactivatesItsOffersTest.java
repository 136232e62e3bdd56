package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A product 1C marks deleted ({@code <Статус>Удален</Статус>}) makes its offers, prices and stock inactive in
 * the views, its variants' and its own offer's alike, and active again when 1C resends it unmarked; another
 * product's stay active throughout.
 */
@Timeout(120)
class DeletedProductDeactivatesItsOffersTest {

    @TempDir
    Path tmp;

    @Test
    void onSqlite() throws Exception {
        try (ScratchDatabase database = TestDatabase.sqlite(tmp)) {
            deletionMarkDeactivatesAndResendingReactivates(database);
        }
    }

    @Test
    void onPostgres() throws Exception {
        try (ScratchDatabase database = TestDatabase.postgres()) {
            deletionMarkDeactivatesAndResendingReactivates(database);
        }
    }

    private void deletionMarkDeactivatesAndResendingReactivates(ScratchDatabase database) throws SQLException {
        Path first = tmp.resolve("first");
        SmallExport.goods(first, SmallExport.product("dress", "Dress", ""), SmallExport.product("tea", "Tea", ""),
                SmallExport.product("cup", "Cup", ""));
        SmallExport.offers(first, "offers.xml",
                SmallExport.offer("dress#s", "Dress S", "100", "3"),
                SmallExport.offer("dress#m", "Dress M", "110", "4"),
                SmallExport.offer("tea", null, "5.50", "7"),
                SmallExport.offer("cup", null, "2", "9"));
        importOk(database, first);
        assertActive(database, true);

        Path deleted = tmp.resolve("deleted");
        SmallExport.goods(deleted, SmallExport.product("dress", "Dress", "<Статус>Удален</Статус>"),
                SmallExport.product("tea", "Tea", "<Статус>Удален</Статус>"));
        importOk(database, deleted);
        assertActive(database, false);

        Path resent = tmp.resolve("resent");
        SmallExport.goods(resent, SmallExport.product("dress", "Dress", ""), SmallExport.product("tea", "Tea", ""));
        importOk(database, resent);
        assertActive(database, true);
    }

    private static void importOk(ScratchDatabase database, Path export) {
        CliRun result = CliRun.of("import", export.toString(), "--db", database.url());
        assertEquals(0, result.exitCode(), result.err());
    }

    /** Dress's variants and tea's own offer are {@code active}; cup's always are. */
    private static void assertActive(ScratchDatabase database, boolean active) throws SQLException {
        String a = Boolean.toString(active);
        assertEquals(List.of(List.of("cup", "true"), List.of("dress#m", a), List.of("dress#s", a), List.of("tea", a)),
                SmallExport.rows(database.url(), "SELECT offer_key, active FROM onecsync_offer_v ORDER BY offer_key"));
        assertEquals(List.of(List.of("cup", "true"), List.of("dress#m", a), List.of("dress#s", a), List.of("tea", a)),
                SmallExport.rows(database.url(), "SELECT offer_key, active FROM onecsync_price_v"
                        + " WHERE price_type_id = 'retail' ORDER BY offer_key"));
        assertEquals(List.of(List.of("cup", "true"), List.of("dress#m", a), List.of("dress#s", a), List.of("tea", a)),
                SmallExport.rows(database.url(), "SELECT offer_key, active FROM onecsync_stock_v"
                        + " WHERE warehouse_id = 'main' ORDER BY offer_key"));
        assertEquals(List.of(List.of("cup", "true"), List.of("dress", a), List.of("tea", a)),
                SmallExport.rows(database.url(), "SELECT product_id, active FROM onecsync_product_v"
                        + " ORDER BY product_id"));
    }
}
