package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.onecsync.generate.ExportGenerator;
import org.onecsync.generate.GeneratorOptions;
import org.onecsync.model.Offer;
import org.onecsync.model.Price;
import org.onecsync.model.PriceType;
import org.onecsync.model.Product;
import org.onecsync.model.Stock;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;

/**
 * What {@code show}, {@code changes} and the SQL views give after an import, run against a real database by
 * each subclass: exactly what the export's XML says.
 */
abstract class CatalogContract extends DatabaseContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("..", "examples", "sample-export");

    private void importOk(Path export) {
        CliRun result = run("import", export.toString());
        assertEquals(0, result.exitCode(), result.err());
    }

    /** What the sample export says about its first product with a variant: name, prices and stock per offer. */
    private static Expected expected() throws IOException {
        Map<String, Product> products = new LinkedHashMap<>();
        Map<String, String> offers = new TreeMap<>();
        Map<String, String> priceTypes = new TreeMap<>();
        Map<String, BigDecimal> prices = new TreeMap<>();
        Map<String, BigDecimal> stock = new TreeMap<>();
        ExportReader reader = new ExportReader(ParserRegistry.load());
        try (ExportSource source = ExportSources.open(SAMPLE)) {
            for (ExportFile file : source.files()) {
                reader.read(file, (record, line) -> {
                    if (record instanceof Product p) {
                        products.put(p.id(), p);
                    } else if (record instanceof Offer o) {
                        offers.put(o.key(), o.name());
                    } else if (record instanceof PriceType t) {
                        priceTypes.put(t.id(), t.name());
                    } else if (record instanceof Price p) {
                        prices.put(p.offer() + "|" + priceTypes.getOrDefault(p.priceTypeId(), p.priceTypeId()),
                                p.amount());
                    } else if (record instanceof Stock s) {
                        stock.merge(s.offer().toString(), s.quantity(), BigDecimal::add);
                    }
                });
            }
        }
        String offer = offers.keySet().iterator().next();
        Product product = products.get(offer.substring(0, offer.indexOf('#')));
        Map<String, BigDecimal> offerPrices = new TreeMap<>();
        prices.forEach((key, amount) -> {
            if (key.startsWith(offer + "|")) {
                offerPrices.put(key.substring(offer.length() + 1), amount);
            }
        });
        return new Expected(product, offer, offerPrices, stock.get(offer));
    }

    private record Expected(Product product, String offer, Map<String, BigDecimal> prices, BigDecimal stock) {
    }

    @Test
    void showProductGivesTheNamePricesAndStockTheExportSays() throws IOException {
        importOk(SAMPLE);
        Expected expected = expected();

        CliRun show = run("show", "product", expected.product().id(), "--json");

        assertEquals(0, show.exitCode(), show.err());
        JsonNode product = JSON.readTree(show.out()).get("products").get(0);
        assertEquals(expected.product().name(), product.get("name").asText());
        JsonNode offer = null;
        for (JsonNode candidate : product.get("offers")) {
            if (candidate.get("key").asText().equals(expected.offer())) {
                offer = candidate;
            }
        }
        assertTrue(offer != null, show.out());
        Map<String, BigDecimal> prices = new TreeMap<>();
        offer.get("prices").forEach(p -> prices.put(p.get("priceType").asText(), p.get("amount").decimalValue()));
        assertEquals(expected.prices(), prices);
        assertEquals(0, expected.stock().compareTo(offer.get("stock").get("total").decimalValue()));
        CliRun text = run("show", "product", expected.product().id());
        assertTrue(text.out().contains("Offer " + expected.offer()), text.out());
    }

    @Test
    void viewsGiveTheSameNamePricesAndStockInPlainSql() throws IOException, SQLException {
        importOk(SAMPLE);
        Expected expected = expected();
        Map<String, BigDecimal> prices = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        String name;
        try (Connection c = DriverManager.getConnection(database.url())) {
            name = one(c, "SELECT name FROM onecsync_product_v WHERE product_id = ?", expected.product().id());
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT o.name, p.price_type_name, p.amount
                    FROM onecsync_offer_v o JOIN onecsync_price_v p ON p.offer_key = o.offer_key
                    WHERE o.offer_key = ? AND o.active AND p.active""")) {
                s.setString(1, expected.offer());
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        prices.put(rows.getString(2), new BigDecimal(rows.getString(3)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT quantity FROM onecsync_stock_v WHERE offer_key = ?")) {
                s.setString(1, expected.offer());
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        total = total.add(new BigDecimal(rows.getString(1)));
                    }
                }
            }
        }
        assertEquals(expected.product().name(), name);
        assertEquals(expected.prices().keySet(), prices.keySet());
        expected.prices().forEach((type, amount) -> assertEquals(0, amount.compareTo(prices.get(type)), type));
        assertEquals(0, expected.stock().compareTo(total));
    }

    private static String one(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    @Test
    void changesListExactlyWhatTheNextRevisionChangedAndAReimportAddsNothing() throws IOException {
        Path rev0 = tmp.resolve("rev0");
        Path rev1 = tmp.resolve("rev1");
        new ExportGenerator(GeneratorOptions.of(100, 7)).generate(rev0);
        new ExportGenerator(GeneratorOptions.of(100, 7).withRevision(1)).generate(rev1);
        importOk(rev0);
        long cursor = lastSeq();

        CliRun second = run("import", rev1.toString(), "--json");
        JsonNode entities = JSON.readTree(second.out()).get("entities");
        long updated = entities.get("prices").get("updated").asLong() + entities.get("stocks").get("updated").asLong();
        CliRun changes = run("changes", "--after", Long.toString(cursor), "--limit", "100000", "--json");

        assertEquals(0, changes.exitCode(), changes.err());
        List<String> lines = changes.out().lines().toList();
        assertEquals(updated, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = JSON.readTree(lines.get(i));
            assertEquals(cursor + 1 + i, line.get("seq").asLong());
            assertEquals("updated", line.get("kind").asText());
            assertTrue(line.get("key").has("product"), lines.get(i));
        }
        long after = lastSeq();
        importOk(rev1);
        assertEquals(after, lastSeq());
        assertEquals("No changes after " + after + ".", run("changes", "--after", Long.toString(after)).out().strip());
    }

    private long lastSeq() throws IOException {
        CliRun all = run("changes", "--limit", "1000000", "--json");
        assertEquals(0, all.exitCode(), all.err());
        List<String> lines = all.out().lines().toList();
        return lines.isEmpty() ? 0 : JSON.readTree(lines.get(lines.size() - 1)).get("seq").asLong();
    }
}
