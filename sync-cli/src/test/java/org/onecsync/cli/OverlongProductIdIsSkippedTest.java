package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A product whose {@code Ид} has 3,000 characters (once beyond PostgreSQL's btree row limit, which failed the
 * whole import there while SQLite stored it) is skipped with the reason, the same way on both databases; the
 * other product is stored.
 */
@Timeout(120)
class OverlongProductIdIsSkippedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** 3,000 characters that do not compress (PostgreSQL compresses index entries, and a repeated letter fits). */
    private static final String LONG_ID = longId(3000);

    @TempDir
    Path tmp;

    @Test
    void onSqlite() throws Exception {
        try (ScratchDatabase database = TestDatabase.sqlite(tmp)) {
            importSkipsTheLongIdAndStoresTheOther(database);
        }
    }

    @Test
    void onPostgres() throws Exception {
        try (ScratchDatabase database = TestDatabase.postgres()) {
            importSkipsTheLongIdAndStoresTheOther(database);
        }
    }

    private void importSkipsTheLongIdAndStoresTheOther(ScratchDatabase database) throws Exception {
        Path export = tmp.resolve("export");
        SmallExport.goods(export, SmallExport.product(LONG_ID, "Long", ""), SmallExport.product("tea", "Tea", ""));

        CliRun result = CliRun.of("import", export.toString(), "--json", "--db", database.url());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        JsonNode report = JSON.readTree(result.out());
        assertEquals("partial", report.get("status").asText());
        assertEquals("{\"created\":1,\"updated\":0,\"unchanged\":0,\"deleted\":0,\"skipped\":1}",
                report.get("entities").get("products").toString());
        assertEquals(1, report.get("problemCount").asLong());
        JsonNode problem = report.get("problems").get(0);
        assertEquals("products", problem.get("entity").asText());
        assertEquals(LONG_ID, problem.get("key").asText());
        assertEquals("import.xml", problem.get("file").asText());
        assertEquals("id " + LONG_ID.substring(0, 40) + "… is 3000 characters long; ids may have at most 200",
                problem.get("reason").asText());
        assertEquals(List.of(List.of("tea", "Tea", "true")), SmallExport.rows(database.url(),
                "SELECT product_id, name, active FROM onecsync_product_v ORDER BY product_id"));
    }

    private static String longId(int length) {
        Random random = new Random(42);
        StringBuilder id = new StringBuilder(length);
        while (id.length() < length) {
            id.append(Character.forDigit(random.nextInt(36), 36));
        }
        return id.toString();
    }
}
