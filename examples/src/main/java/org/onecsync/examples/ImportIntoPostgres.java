package org.onecsync.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.onecsync.SyncException;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.model.EntityType;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.store.ChangeEvent;
import org.onecsync.store.ChangeSubscriber;
import org.onecsync.store.EntityCounts;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportReport;
import org.onecsync.sync.SyncEngine;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Imports an export folder into a PostgreSQL {@link javax.sql.DataSource} the way a shop embeds the library:
 * the application owns the data source, the engine applies the export in one transaction, and a
 * {@link ChangeSubscriber} hears which products, offers, prices and stock changed once the import has
 * committed, for example to refresh a search index (it never sees data that a failed import rolled back).
 *
 * <p>Run: {@code java -cp … org.onecsync.examples.ImportIntoPostgres examples/sample-export
 * "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"}
 */
public final class ImportIntoPostgres {

    private ImportIntoPostgres() {
    }

    /**
     * @param args the export's path and a PostgreSQL JDBC URL
     */
    public static void main(String[] args) {
        Path export = Path.of(args.length > 0 ? args[0] : "examples/sample-export");
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        try {
            run(export, url, System.out);
        } catch (SyncException | IOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Imports and prints the report and a summary of the change events.
     *
     * @param export the export folder, zip or file
     * @param url the PostgreSQL JDBC URL
     * @param out where to print
     * @return the report
     * @throws IOException if the export cannot be read
     */
    public static ImportReport run(Path export, String url, PrintStream out) throws IOException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        ChangeCounter changes = new ChangeCounter(out);
        try (JdbiCatalogStore store = JdbiCatalogStore.of(dataSource);
             ExportSource source = ExportSources.open(export)) {
            SyncEngine engine = SyncEngine.builder(store).subscriber(changes).build();
            ImportReport report = engine.importExport(source, ImportOptions.defaults());
            out.printf("session %d: %s in %d ms%n", report.sessionId(), report.status().jsonName(),
                    report.duration().toMillis());
            report.counts().forEach((type, c) -> print(out, type, c));
            changes.printTotals();
            return report;
        }
    }

    private static void print(PrintStream out, EntityType type, EntityCounts c) {
        out.printf("  %-15s created %d, updated %d, unchanged %d, deleted %d, skipped %d%n", type.jsonName(),
                c.created(), c.updated(), c.unchanged(), c.deleted(), c.skipped());
    }

    /** The shop's side: here it only prints the first few changes and counts the rest. */
    private static final class ChangeCounter implements ChangeSubscriber {

        private static final int SHOWN = 5;

        private final PrintStream out;
        private final Map<EntityType, AtomicLong> counts = new EnumMap<>(EntityType.class);
        private long seen;

        ChangeCounter(PrintStream out) {
            this.out = out;
        }

        @Override
        public void onCommitted(ChangeEvent event) {
            switch (event.entity()) {
                case PRODUCT, OFFER, PRICE, STOCK -> {
                    counts.computeIfAbsent(event.entity(), t -> new AtomicLong()).incrementAndGet();
                    if (seen++ < SHOWN) {
                        out.printf("changed: %s %s %s%n", event.entity().jsonName(), event.key().text(),
                                event.kind().jsonName());
                    }
                }
                default -> {
                    // A shop that mirrors only sellable data ignores reference data.
                }
            }
        }

        void printTotals() {
            out.println("change events: " + counts);
        }
    }
}
