package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.generate.internal.FeedProduct;
import org.onecsync.generate.internal.FeedProducts;

/**
 * {@code inspect} and {@code import} on CSV and JSON feeds, alone and next to CommerceML. These need the CSV and
 * JSON parsers on the class path (found by ServiceLoader, as {@code bin/onec-sync} finds them) and the engine's
 * feed support.
 */
class FeedImportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PRODUCTS = 20;

    @TempDir
    Path tmp;

    /** Writes {@code generate --format FORMAT --products 20} into a new folder and returns the folder. */
    private Path generate(String format, String folder) {
        Path out = tmp.resolve(folder);
        CliRun run = CliRun.of("generate", "--format", format, "--products", Integer.toString(PRODUCTS), "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        return out;
    }

    /** How many prices the generated feed carries: each product's price, and its old price when it has one. */
    private static long generatedPrices() {
        FeedProducts products = new FeedProducts(1);
        long prices = 0;
        for (int i = 0; i < PRODUCTS; i++) {
            prices += products.build(i).oldPrice() >= 0 ? 2 : 1;
        }
        return prices;
    }

    private static JsonNode inspectJson(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("inspect"));
        all.addAll(List.of(args));
        all.add("--json");
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out());
    }

    @Test
    void inspectShowsAGeneratedCsvFeedsFormatEncodingScopeAndCounts() {
        Path feed = generate("csv", "csv");

        CliRun run = CliRun.of("inspect", feed.resolve("feed.csv").toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("FILE +FORMAT +ENCODING +ROLE +VERSION +SCOPE +RECORDS"), lines.get(0));
        assertEquals(List.of("feed.csv", "csv", "windows-1251", "catalog", "-", "changes", "products",
                PRODUCTS + ",", "prices", generatedPrices() + ",", "stocks", Integer.toString(PRODUCTS)),
                List.of(lines.get(1).split(" +")));
    }

    @Test
    void inspectJsonShowsAGeneratedJsonFeedsFormatEncodingScopeAndCounts() throws IOException {
        Path feed = generate("json", "json");

        JsonNode file = inspectJson(feed.toString()).get("files").get(0);

        assertEquals("feed.json", file.get("path").asText());
        assertEquals("json", file.get("format").asText());
        assertEquals("UTF-8", file.get("encoding").asText());
        assertEquals("catalog", file.get("role").asText());
        assertEquals("changes", file.get("scope").asText());
        assertEquals(PRODUCTS, file.get("counts").get("products").asLong());
        assertEquals(0, file.get("counts").get("offers").asLong());
        assertEquals(generatedPrices(), file.get("counts").get("prices").asLong());
        assertEquals(PRODUCTS, file.get("counts").get("stocks").asLong());
    }

    @Test
    void aProfileDeclaringTheFeedCompleteMakesItsScopeComplete() throws IOException {
        Path feed = generate("csv", "csv");
        Path profile = Files.writeString(tmp.resolve("full.properties"), "full=true\nseparator=;\n");

        JsonNode file = inspectJson(feed.toString(), "--profile", profile.toString()).get("files").get(0);

        assertEquals("complete", file.get("scope").asText());
        assertEquals(PRODUCTS, file.get("counts").get("products").asLong());
    }

    @Test
    void inspectReadsAFolderMixingCommercemlAndFeeds() throws IOException {
        Path export = generate("commerceml", "export");
        generate("csv", "export/feeds/csv");
        generate("json", "export/feeds/json");

        JsonNode report = inspectJson(export.toString());

        List<String> feeds = new ArrayList<>();
        long commerceml = 0;
        for (JsonNode file : report.get("files")) {
            String format = file.get("format").asText();
            if (format.equals("commerceml")) {
                commerceml++;
            } else {
                feeds.add(file.get("path").asText() + " " + format);
            }
        }
        assertEquals(List.of("feeds/csv/feed.csv csv", "feeds/json/feed.json json"), feeds);
        assertTrue(commerceml > 0, report.toString());
        // The feeds' products come on top of the export's own.
        assertEquals(PRODUCTS * 3, report.get("totals").get("products").asLong());
    }

    @Test
    void inspectListsTheRowsItCannotReadWithLineAndReason() throws IOException {
        Path csv = Files.writeString(tmp.resolve("bad.csv"), "Артикул;Наименование;Цена\n"
                + "A-1;Дрель;100,50\n"
                + "A-2;;200\n"
                + "A-3;Пила;дорого\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("inspect", csv.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains("Unreadable: products 2 (not in the totals; import skips them too)"), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  bad.csv:3: product A-2: ")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  bad.csv:4: product A-3: ")), run.out());
    }

    @Test
    void forcingCsvReadsAFileWhoseNameDoesNotSayCsv() throws IOException {
        Path file = Files.writeString(tmp.resolve("price-list.txt"), "Артикул;Наименование;Цена\nA-1;Дрель;100\n",
                StandardCharsets.UTF_8);

        JsonNode report = inspectJson(file.toString(), "--format", "csv");

        assertEquals("csv", report.get("files").get(0).get("format").asText());
        assertEquals(1, report.get("totals").get("products").asLong());
    }

    @Test
    void anUnknownFormatListsEveryParserOnTheClassPath() {
        CliRun run = CliRun.of("inspect", tmp.toString(), "--format", "xml");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("error: invalid value for option '--format': 'xml' (choose one of commerceml, csv, json)",
                run.err().lines().findFirst().orElseThrow());
    }

    @Test
    void importsAGeneratedCsvFeedAndAgainChangesNothing() throws IOException {
        Path feed = generate("csv", "csv");
        Path db = tmp.resolve("shop.db");

        CliRun first = CliRun.of("import", feed.toString(), "--db", db.toString(), "--json");
        CliRun second = CliRun.of("import", feed.toString(), "--db", db.toString(), "--json");

        assertEquals(0, first.exitCode(), first.err());
        assertEquals(PRODUCTS, JSON.readTree(first.out()).get("entities").get("products").get("created").asInt());
        assertEquals(0, second.exitCode(), second.err());
        JsonNode again = JSON.readTree(second.out()).get("entities").get("products");
        assertEquals(PRODUCTS, again.get("unchanged").asInt(), again.toString());
        assertEquals(0, again.get("created").asInt() + again.get("updated").asInt(), again.toString());
    }

    @Test
    void importsAGeneratedJsonFeedWithItsRetailPrice() throws IOException {
        Path feed = generate("json", "json");
        Path db = tmp.resolve("shop.db");
        FeedProduct first = new FeedProducts(1).build(0);

        CliRun run = CliRun.of("import", feed.resolve("feed.json").toString(), "--db", db.toString(), "--json");
        CliRun show = CliRun.of("show", "product", first.sku(), "--db", db.toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(PRODUCTS, JSON.readTree(run.out()).get("entities").get("products").get("created").asInt());
        assertEquals(0, show.exitCode(), show.err());
        JsonNode product = JSON.readTree(show.out()).get("products").get(0);
        assertEquals(first.name(), product.get("name").asText());
        JsonNode retail = null;
        for (JsonNode price : product.get("offers").get(0).get("prices")) {
            if (price.get("priceType").asText().equals("Розничная")) {
                retail = price;
            }
        }
        assertEquals(0, BigDecimal.valueOf(first.price(), 2).compareTo(retail.get("amount").decimalValue()),
                product.toString());
    }

    @Test
    void importsAFolderMixingCommercemlAndAFeed() throws IOException {
        // The generator's feed carries 1C's codes (УТ-…) as SKUs, not the export's Артикул: other products.
        Path export = generate("commerceml", "export");
        generate("csv", "export/feeds");
        Path db = tmp.resolve("shop.db");

        CliRun run = CliRun.of("import", export.toString(), "--db", db.toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(PRODUCTS * 2, JSON.readTree(run.out()).get("entities").get("products").get("created").asInt());
    }

    @Test
    void aJsonFeedWithACommercemlProductsArticleUpdatesThatProduct() throws IOException {
        Path export = generate("commerceml", "export");
        Path db = tmp.resolve("shop.db");
        assertEquals(0, CliRun.of("import", export.toString(), "--db", db.toString()).exitCode());
        JsonNode stored = JSON.readTree(CliRun.of("dump", "--db", db.toString()).out().lines()
                .filter(l -> l.startsWith("{\"entity\":\"products\"")).findFirst().orElseThrow()).get("data");
        String sku = stored.get("sku").asText();
        Path feed = Files.writeString(tmp.resolve("push.json"), "{\"products\":[{\"sku\":\"" + sku
                + "\",\"name\":\"Новое имя\",\"price\":\"12 345,50\"}]}", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("import", feed.toString(), "--db", db.toString(), "--json");
        CliRun show = CliRun.of("show", "product", sku, "--db", db.toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode products = JSON.readTree(run.out()).get("entities").get("products");
        assertEquals(0, products.get("created").asInt(), products.toString());
        assertEquals(1, products.get("updated").asInt(), products.toString());
        JsonNode product = JSON.readTree(show.out()).get("products");
        assertEquals(1, product.size(), show.out());
        assertEquals(stored.get("id").asText(), product.get(0).get("id").asText());
        assertEquals("Новое имя", product.get(0).get("name").asText());
        List<String> retail = new ArrayList<>();
        for (JsonNode offer : product.get(0).get("offers")) {
            for (JsonNode price : offer.get("prices")) {
                if (price.get("priceType").asText().equals("Розничная")) {
                    retail.add(price.get("amount").decimalValue().stripTrailingZeros().toPlainString());
                }
            }
        }
        assertEquals(List.of("12345.5"), retail, product.toString());
    }

    @Test
    void inspectFailsWithOneLineForAProfileNamingAColumnTheFeedLacks() throws IOException {
        Path feed = generate("csv", "csv");
        Path profile = Files.writeString(tmp.resolve("p.properties"), "column.sku=Код поставщика\n",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("inspect", feed.toString(), "--profile", profile.toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: feed.csv"), run.err());
        assertTrue(run.err().contains("Код поставщика"), run.err());
    }

    @Test
    void importFailsWithOneLineForAProfileNamingAColumnTheFeedLacks() throws IOException {
        Path feed = generate("csv", "csv");
        Path profile = Files.writeString(tmp.resolve("p.properties"), "column.sku=Код поставщика\n",
                StandardCharsets.UTF_8);
        Path db = tmp.resolve("shop.db");

        CliRun run = CliRun.of("import", feed.toString(), "--profile", profile.toString(), "--db", db.toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: feed.csv"), run.err());
    }
}
