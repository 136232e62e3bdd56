package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds built to break the readers fail {@code import} fast, with exit code 1 and one line naming the file and
 * the problem, and leave the database as it was: the product a first feed wrote keeps its price.
 */
@Timeout(60)
class HostileFeedImportTest {

    @TempDir
    Path tmp;

    private String db;

    @BeforeEach
    void importAGoodFeedFirst() throws IOException {
        db = tmp.resolve("shop.db").toString();
        Path good = tmp.resolve("good.json");
        Files.writeString(good, "{\"products\":[{\"sku\":\"A-1\",\"name\":\"Перфоратор\",\"price\":100}]}");
        CliRun first = CliRun.of("import", good.toString(), "--db", db);
        assertEquals(0, first.exitCode(), first.err());
    }

    private void assertRefused(Path file, String expected) throws SQLException {
        CliRun run = CliRun.of("import", file.toString(), "--db", db);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals(List.of(List.of("A-1", "100")), SmallExport.rows("jdbc:sqlite:" + db,
                "SELECT p.sku, CAST(CAST(x.amount AS INTEGER) AS TEXT) FROM onecsync_price_v x"
                        + " JOIN onecsync_product_v p ON p.product_id = x.product_id"));
    }

    @Test
    void truncatedJsonIsRefused() throws Exception {
        Path file = tmp.resolve("push.json");
        Files.writeString(file, "{\"products\":[{\"sku\":\"A-1\",\"name\":\"Перфоратор\",\"price\":5},{\"sku\":\"B");
        assertRefused(file, "push.json, line 1, column 77: unexpected end of input: the JSON is truncated");
    }

    @Test
    void aHundredMegabyteJsonStringIsRefusedWithoutReadingItAll() throws Exception {
        Path file = tmp.resolve("big.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"products\":[{\"sku\":\"A-1\",\"price\":5,\"name\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
            out.write("\"}]}".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(file, "big.json, line 1, column 44: a string longer than 1 MiB starts here");
    }

    @Test
    void tenThousandLevelsOfJsonNestingAreRefused() throws Exception {
        Path file = tmp.resolve("deep.json");
        Files.writeString(file, "{\"products\":[{\"sku\":\"A-1\",\"name\":\"n\",\"price\":5,\"x\":"
                + "[".repeat(10_000) + "]".repeat(10_000) + "}]}");
        assertRefused(file, "deep.json, line 1, column 113: values nested deeper than 64 levels");
    }

    @Test
    void binaryJunkNamedCsvIsRefused() throws Exception {
        Path file = tmp.resolve("prices.csv");
        byte[] junk = new byte[4096];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 31 + 7);
        }
        Files.write(file, junk);
        assertRefused(file, "prices.csv: not a CSV file: binary data");
    }

    @Test
    void aCsvWithARunawayQuoteIsRefused() throws Exception {
        Path file = tmp.resolve("feed.csv");
        StringBuilder csv = new StringBuilder("Артикул;Наименование;Цена\nA-1;\"Перфоратор;100\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("B-").append(i).append(";Товар;10\n");
        }
        Files.writeString(file, csv);
        assertRefused(file, "feed.csv, line 2: a quoted field that starts in the record on this line runs on for"
                + " more than 5000 lines (a runaway quote?)");
    }
}
