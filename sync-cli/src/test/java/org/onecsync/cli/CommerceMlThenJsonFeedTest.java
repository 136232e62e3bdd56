package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.Fixtures;

/**
 * A product a real 1C export sent with its {@code Артикул}, then updated by a JSON feed that names only that
 * SKU, is one product: its CommerceML id, properties and prices kept, the feed's price under "Розничная" (created),
 * its old price under "Старая цена", its named price under the export's own "РРЦ", its stock as the total.
 */
@Timeout(120)
class CommerceMlThenJsonFeedTest {

    private static final String PRODUCT = "018d777d-9094-11ec-a2ff-04421a23d8e8";

    @TempDir
    Path tmp;

    @Test
    void onSqlite() throws Exception {
        try (ScratchDatabase database = TestDatabase.sqlite(tmp)) {
            feedUpdatesTheCommerceMlProductWithThatSku(database);
        }
    }

    @Test
    void onPostgres() throws Exception {
        try (ScratchDatabase database = TestDatabase.postgres()) {
            feedUpdatesTheCommerceMlProductWithThatSku(database);
        }
    }

    private void feedUpdatesTheCommerceMlProductWithThatSku(ScratchDatabase database) throws Exception {
        Path export = Fixtures.require("cml31-ut11-freesport");
        importOk(database, export.toString());
        long properties = Long.parseLong(SmallExport.rows(database.url(),
                "SELECT count(*) FROM onecsync_property_value_v WHERE product_id = '" + PRODUCT + "'").get(0).get(0));

        Path feed = tmp.resolve("push.json");
        Files.write(feed, ("\uFEFF{\"token\":\"secret\",\"products\":[{\"sku\":\"ES1115\","
                + "\"name\":\"Гантель неопреновая Espado ES1115, жёлтый\",\"price\":\"1 234,50\",\"old_price\":1500,"
                + "\"stock\":7,\"prices\":[{\"type\":\"РРЦ\",\"value\":999,\"currency\":\"RUB\"}]}]}")
                .getBytes(StandardCharsets.UTF_8));
        importOk(database, feed.toString());

        assertEquals(List.of(List.of(PRODUCT, "true")), SmallExport.rows(database.url(),
                "SELECT product_id, active FROM onecsync_product_v WHERE sku = 'ES1115'"));
        assertEquals(List.of(List.of("999"), List.of("1234.5"), List.of("1500")),
                SmallExport.rows(database.url(), "SELECT CAST(amount AS VARCHAR(40)) FROM onecsync_price_v"
                        + " WHERE offer_key = '" + PRODUCT + "' AND price_type_name IN ('РРЦ', 'Розничная',"
                        + " 'Старая цена') ORDER BY price_type_name").stream()
                        .map(row -> List.of(new java.math.BigDecimal(row.get(0)).stripTrailingZeros().toPlainString()))
                        .toList());
        assertEquals(List.of(List.of("7")), SmallExport.rows(database.url(), "SELECT CAST(quantity AS VARCHAR(40))"
                + " FROM onecsync_stock_v WHERE offer_key = '" + PRODUCT + "' AND warehouse_id IS NULL").stream()
                .map(row -> List.of(new java.math.BigDecimal(row.get(0)).stripTrailingZeros().toPlainString()))
                .toList());
        assertEquals(properties, Long.parseLong(SmallExport.rows(database.url(),
                "SELECT count(*) FROM onecsync_property_value_v WHERE product_id = '" + PRODUCT + "'").get(0).get(0)));
    }

    private static void importOk(ScratchDatabase database, String path) throws SQLException {
        CliRun result = CliRun.of("import", path, "--db", database.url());
        assertEquals(0, result.exitCode(), result.out() + result.err());
    }
}
