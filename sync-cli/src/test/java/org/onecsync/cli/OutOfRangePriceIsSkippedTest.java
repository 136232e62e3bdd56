package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A price file whose {@code ЦенаЗаЕдиницу} is {@code 1e309} (once stored as a 310-digit price): the reader takes
 * the exponent form, the import skips that price with the reason and stores nothing for it, the same on both
 * databases; the other price is stored.
 */
@Timeout(120)
class OutOfRangePriceIsSkippedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void onSqlite() throws Exception {
        try (ScratchDatabase database = TestDatabase.sqlite(tmp)) {
            priceOf1e309IsSkipped(database);
        }
    }

    @Test
    void onPostgres() throws Exception {
        try (ScratchDatabase database = TestDatabase.postgres()) {
            priceOf1e309IsSkipped(database);
        }
    }

    private void priceOf1e309IsSkipped(ScratchDatabase database) throws Exception {
        Path catalog = tmp.resolve("catalog");
        SmallExport.goods(catalog, SmallExport.product("tea", "Tea", ""), SmallExport.product("cup", "Cup", ""));
        assertEquals(0, CliRun.of("import", catalog.toString(), "--db", database.url()).exitCode());
        Path prices = tmp.resolve("prices");
        SmallExport.offers(prices, "prices.xml", SmallExport.offer("tea", null, "1e309", null),
                SmallExport.offer("cup", null, "12.50", null));

        CliRun result = CliRun.of("import", prices.toString(), "--kind", "prices", "--json", "--db", database.url());

        assertEquals(0, result.exitCode(), result.err());
        JsonNode report = JSON.readTree(result.out());
        assertEquals("partial", report.get("status").asText());
        assertEquals("{\"created\":1,\"updated\":0,\"unchanged\":0,\"deleted\":0,\"skipped\":1}",
                report.get("entities").get("prices").toString());
        assertEquals(1, report.get("problemCount").asLong());
        assertEquals("{\"entity\":\"prices\",\"key\":\"tea|retail\",\"file\":\"prices.xml\",\"line\":5,"
                + "\"reason\":\"price 1E+309 does not fit: at most 15 digits before the decimal point and 6 after\"}",
                report.get("problems").get(0).toString());
        List<List<String>> stored = SmallExport.rows(database.url(),
                "SELECT offer_key, price_type_id, amount FROM onecsync_price_v ORDER BY offer_key");
        assertEquals(1, stored.size(), stored.toString());
        assertEquals(List.of("cup", "retail"), stored.get(0).subList(0, 2));
        assertEquals(0, new BigDecimal("12.5").compareTo(new BigDecimal(stored.get(0).get(2))));
        assertEquals(List.of(List.of("0")), SmallExport.rows(database.url(),
                "SELECT count(*) FROM onecsync_price_history"));
    }
}
