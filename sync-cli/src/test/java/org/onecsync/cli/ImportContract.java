package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecsync.commerceml.testing.Fixtures;
import org.onecsync.generate.ExportGenerator;
import org.onecsync.generate.GeneratorOptions;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Price;
import org.onecsync.model.Stock;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.store.ImportLock;
import org.onecsync.store.PriceChange;
import org.onecsync.store.SessionStart;

/**
 * What {@code import}, {@code sessions} and {@code dump} promise, run against a real database by each subclass.
 */
abstract class ImportContract extends DatabaseContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FREESPORT_ENTITIES = "{"
            + "\"categories\":" + counts(119, 0, 0, 0, 0) + ","
            + "\"properties\":" + counts(458, 0, 0, 0, 0) + ","
            + "\"priceTypes\":" + counts(6, 0, 0, 0, 0) + ","
            + "\"units\":" + counts(18, 0, 0, 0, 0) + ","
            + "\"warehouses\":" + counts(2, 0, 0, 0, 0) + ","
            + "\"products\":" + counts(3, 0, 0, 0, 0) + ","
            + "\"offers\":" + counts(0, 0, 0, 0, 3) + ","
            + "\"prices\":" + counts(5, 0, 0, 0, 18) + ","
            + "\"stocks\":" + counts(2, 0, 0, 0, 8) + ","
            + "\"counterparties\":" + counts(37, 0, 0, 0, 0) + "}";

    private static String counts(long created, long updated, long unchanged, long deleted, long skipped) {
        return "{\"created\":" + created + ",\"updated\":" + updated + ",\"unchanged\":" + unchanged
                + ",\"deleted\":" + deleted + ",\"skipped\":" + skipped + "}";
    }

    private JsonNode importJson(Path export, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("import", export.toString(), "--json"));
        args.addAll(List.of(options));
        CliRun result = run(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.err());
        return JSON.readTree(result.out());
    }

    private String dump() {
        CliRun result = run("dump");
        assertEquals(0, result.exitCode(), result.err());
        return result.out();
    }

    @Test
    void importsTheFreesportExportWithTheExpectedCounts() throws IOException {
        JsonNode report = importJson(Fixtures.require("cml31-ut11-freesport"));
        assertEquals("partial", report.get("status").asText());
        assertEquals(FREESPORT_ENTITIES, report.get("entities").toString());
        assertEquals(29, report.get("problemCount").asLong());
    }

    @Test
    void namesEachSkippedRecordWithFileLineAndReason() throws IOException {
        JsonNode report = importJson(Fixtures.require("cml31-ut11-freesport"));
        JsonNode first = report.get("problems").get(0);
        assertEquals("{\"entity\":\"offers\",\"key\":\"3d5f3106-4839-11ef-804f-fa163e775e1f"
                + "#3d96ff78-4839-11ef-804f-fa163e775e1f\",\"file\":\"offers/offers.xml\",\"line\":9,"
                + "\"reason\":\"offer refers to product 3d5f3106-4839-11ef-804f-fa163e775e1f, which the store "
                + "does not know\"}", first.toString());
    }

    @Test
    void variantsListedAsProductsIn204CarryTheirOffersPricesAndStock() throws IOException {
        JsonNode report = importJson(Fixtures.require("cml204-1c-official"));
        // Partial: orders.xml's status documents name orders the store's order book does not have.
        assertEquals("partial", report.get("status").asText());
        JsonNode entities = report.get("entities");
        assertEquals(counts(0, 0, 0, 0, 3), entities.get("orders").toString());
        assertEquals(counts(2, 0, 0, 0, 0), entities.get("offers").toString());
        assertEquals(counts(8, 0, 0, 0, 0), entities.get("prices").toString());
        assertEquals(counts(2, 0, 0, 0, 0), entities.get("stocks").toString());
    }

    @Test
    void reimportingTheSameExportChangesNothing() throws IOException {
        Path export = Fixtures.require("cml31-ut11-freesport");
        importJson(export);
        String before = dump();
        JsonNode again = importJson(export);
        again.get("entities").fields().forEachRemaining(e -> {
            JsonNode c = e.getValue();
            assertEquals(0, c.get("created").asLong() + c.get("updated").asLong() + c.get("deleted").asLong(),
                    e.getKey());
        });
        assertEquals(458, again.get("entities").get("properties").get("unchanged").asLong());
        assertEquals(before, dump());
    }

    @Test
    void dryRunReportsTheRealCountsAndWritesNothing() throws IOException {
        JsonNode dry = importJson(Fixtures.require("cml31-ut11-freesport"), "--dry-run");
        assertEquals(FREESPORT_ENTITIES, dry.get("entities").toString());
        assertTrue(dry.get("dryRun").asBoolean());
        assertEquals("", dump());
    }

    @Test
    void truncatedFileFailsAndLeavesTheStoreAsItWas() throws IOException {
        Path export = Fixtures.require("cml31-ut11-freesport");
        importJson(export);
        String before = dump();
        Path copy = TestFiles.copyTree(export, tmp.resolve("copy"));
        Path goods = copy.resolve("goods/goods.xml");
        try (FileChannel channel = FileChannel.open(goods, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }

        CliRun failed = run("import", copy.toString());

        assertEquals(1, failed.exitCode());
        assertEquals(1, failed.err().lines().count(), failed.err());
        assertTrue(failed.err().startsWith("error: goods/goods.xml, line "), failed.err());
        assertEquals(before, dump());
        JsonNode latest = JSON.readTree(run("sessions", "--json").out()).get(0);
        assertEquals("failed", latest.get("status").asText());
        assertTrue(latest.get("error").asText().startsWith("goods/goods.xml, line "), latest.toString());
    }

    @Test
    void pricesIntoAnEmptyStoreAskForTheCatalogFirst() throws IOException {
        CliRun result = run("import", Fixtures.require("cml31-ut11-freesport").toString(), "--kind", "prices");
        assertEquals(4, result.exitCode());
        assertTrue(result.err().startsWith("error: import the catalog first"), result.err());
        assertEquals("", dump());
    }

    @Test
    void secondImportFailsAtOnceWhileTheFirstHoldsTheLock() throws IOException {
        try (JdbiCatalogStore store = JdbiCatalogStore.open(database.url())) {
            store.prepare();
            try (ImportLock lock = store.lock()) {
                long running = store.sessions().open(new SessionStart("all", "elsewhere", false, Instant.now()));
                CliRun second = run("import", Fixtures.require("cml31-ut11-freesport").toString());
                assertEquals(3, second.exitCode());
                assertTrue(second.err().startsWith("error: an import is already running (session " + running
                        + ", started "), second.err());
            }
        }
        assertEquals("", dump());
    }

    @Test
    void nextRevisionUpdatesExactlyTheChangedPricesAndStock() throws IOException {
        Path first = generate(GeneratorOptions.of(300, 7), "rev0");
        Path second = generate(GeneratorOptions.of(300, 7).withRevision(1), "rev1");
        long changedPrices = changed(first, second, Price.class);
        long changedStock = changed(first, second, Stock.class);
        importJson(first);

        JsonNode report = importJson(second);

        assertTrue(changedPrices > 0 && changedStock > 0, changedPrices + " " + changedStock);
        assertEquals(changedPrices, report.get("entities").get("prices").get("updated").asLong());
        assertEquals(changedStock, report.get("entities").get("stocks").get("updated").asLong());
        report.get("entities").fields().forEachRemaining(e -> {
            long other = e.getValue().get("created").asLong() + e.getValue().get("deleted").asLong()
                    + (e.getKey().equals("prices") || e.getKey().equals("stocks") ? 0
                    : e.getValue().get("updated").asLong());
            assertEquals(0, other, e.getKey());
        });
        List<PriceChange> history = new ArrayList<>();
        try (JdbiCatalogStore store = JdbiCatalogStore.open(database.url())) {
            store.priceHistory(history::add);
        }
        assertEquals(changedPrices, history.size());
        assertEquals(changedPrices, history.stream().map(c -> c.key().text()).distinct().count());
    }

    @Test
    void fullExportWithoutOneTenthOfTheProductsDeactivatesThem() throws IOException {
        importJson(generate(GeneratorOptions.of(1000, 3).withFull(true), "full1000"));
        JsonNode report = importJson(generate(GeneratorOptions.of(900, 3).withFull(true), "full900"),
                "--missing", "deactivate");
        JsonNode products = report.get("entities").get("products");
        assertEquals(100, products.get("deleted").asLong());
        assertEquals(900, products.get("unchanged").asLong());
    }

    @Test
    void partialExportWithoutOneTenthOfTheProductsDeactivatesNothing() throws IOException {
        importJson(generate(GeneratorOptions.of(1000, 3), "partial1000"));
        JsonNode report = importJson(generate(GeneratorOptions.of(900, 3), "partial900"),
                "--missing", "deactivate");
        report.get("entities").fields().forEachRemaining(e ->
                assertEquals(0, e.getValue().get("deleted").asLong(), e.getKey()));
    }

    private Path generate(GeneratorOptions options, String name) throws IOException {
        Path out = tmp.resolve(name);
        new ExportGenerator(options).generate(out);
        return out;
    }

    private static <T extends CatalogRecord> long changed(Path before, Path after, Class<T> type)
            throws IOException {
        Map<String, String> old = amounts(before, type);
        Map<String, String> now = amounts(after, type);
        return now.entrySet().stream().filter(e -> old.containsKey(e.getKey())
                && !old.get(e.getKey()).equals(e.getValue())).count();
    }

    private static <T extends CatalogRecord> Map<String, String> amounts(Path export, Class<T> type)
            throws IOException {
        Map<String, String> amounts = new HashMap<>();
        ExportReader reader = new ExportReader(ParserRegistry.load());
        try (ExportSource source = ExportSources.open(export)) {
            for (ExportFile file : source.files()) {
                reader.read(file, (record, line) -> {
                    if (record instanceof Price price && type == Price.class) {
                        amounts.put(price.key(), price.amount().toPlainString());
                    } else if (record instanceof Stock stock && type == Stock.class) {
                        amounts.put(stock.key(), stock.quantity().toPlainString());
                    }
                });
            }
        }
        return amounts;
    }
}
