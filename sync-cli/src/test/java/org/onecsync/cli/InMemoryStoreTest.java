package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.Fixtures;
import org.onecsync.generate.ExportGenerator;
import org.onecsync.generate.GeneratorOptions;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.model.EntityType;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ChangeListener;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.MissingPolicy;
import org.onecsync.store.PriceChange;
import org.onecsync.store.StoredRecord;
import org.onecsync.store.memory.InMemoryCatalogStore;
import org.onecsync.sync.ImportFailedException;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportReport;
import org.onecsync.sync.SyncEngine;

/** The in-memory store follows the same rules as the database stores: same reports, contents and feed. */
class InMemoryStoreTest {

    @TempDir
    Path tmp;

    private static ImportReport run(CatalogStore store, Path export, ImportOptions options, ChangeListener listener)
            throws IOException {
        try (ExportSource source = ExportSources.open(export)) {
            return new SyncEngine(store, ParserRegistry.load(), listener).importExport(source, options);
        }
    }

    private static List<StoredRecord> dump(CatalogStore store) {
        List<StoredRecord> rows = new ArrayList<>();
        store.dump(rows::add);
        return rows;
    }

    private Path generate(GeneratorOptions options, String name) throws IOException {
        Path out = tmp.resolve(name);
        new ExportGenerator(options).generate(out);
        return out;
    }

    @Test
    void givesTheSameReportsAndContentsAsSqliteOverAnImportSequence() throws IOException {
        List<Path> sequence = List.of(Fixtures.require("cml31-ut11-freesport"),
                generate(GeneratorOptions.of(200, 5).withFull(true), "full200"),
                generate(GeneratorOptions.of(200, 5).withRevision(1), "rev1"),
                generate(GeneratorOptions.of(150, 5).withFull(true).withRevision(2), "full150"));
        InMemoryCatalogStore memory = new InMemoryCatalogStore();
        try (JdbiCatalogStore sqlite = JdbiCatalogStore.open("jdbc:sqlite:" + tmp.resolve("same.db"))) {
            for (Path export : sequence) {
                ImportOptions options = ImportOptions.defaults().withMissingPolicy(MissingPolicy.DEACTIVATE);
                ImportReport inMemory = run(memory, export, options, ChangeListener.NONE);
                ImportReport inSqlite = run(sqlite, export, options, ChangeListener.NONE);
                assertEquals(inSqlite.counts(), inMemory.counts(), export.toString());
                assertEquals(inSqlite.problems(), inMemory.problems(), export.toString());
            }
            assertEquals(dump(sqlite), dump(memory));
            List<PriceChange> sqliteHistory = new ArrayList<>();
            List<PriceChange> memoryHistory = new ArrayList<>();
            sqlite.priceHistory(sqliteHistory::add);
            memory.priceHistory(memoryHistory::add);
            assertEquals(sqliteHistory.size(), memoryHistory.size());
            assertEquals(sqlite.changes().after(0, Integer.MAX_VALUE), memory.changes().after(0, Integer.MAX_VALUE));
        }
    }

    @Test
    void listenerThatThrowsRollsTheImportBack() throws IOException {
        InMemoryCatalogStore store = new InMemoryCatalogStore();
        Path export = Fixtures.require("cml31-ut11-freesport");

        assertThrows(ImportFailedException.class, () -> run(store, export, ImportOptions.defaults(), event -> {
            if (event.entity() == EntityType.PRODUCT) {
                throw new IllegalStateException("search index is down");
            }
        }));

        assertEquals(List.of(), dump(store));
    }

    @Test
    void dryRunReportsTheRealCountsAndKeepsNothing() throws IOException {
        InMemoryCatalogStore store = new InMemoryCatalogStore();
        Path export = Fixtures.require("cml31-ut11-freesport");

        ImportReport dry = run(store, export, ImportOptions.defaults().withDryRun(true), ChangeListener.NONE);

        assertEquals(List.of(), dump(store));
        ImportReport real = run(store, export, ImportOptions.defaults(), ChangeListener.NONE);
        assertEquals(real.counts(), dry.counts());
        assertEquals(new EntityCounts(458, 0, 0, 0, 0), real.counts(EntityType.PROPERTY));
    }
}
