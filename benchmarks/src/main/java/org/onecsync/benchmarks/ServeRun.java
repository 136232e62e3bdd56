package org.onecsync.benchmarks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ImportLock;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.SyncEngine;

/**
 * One measured run of {@code benchmark-serve} on one database: the export imported from disk into a fresh database,
 * then the server started on another fresh database and the same export sent through one catalog exchange while the
 * pushers push. Both stores are checked afterwards: the disk import and the exchange must each have stored every
 * product of the export, and the pushes every product of each pusher that had a push applied.
 *
 * @param disk the import from disk, in nanoseconds
 * @param exchange the exchange
 * @param pushes the pushes during the exchange
 * @param loadBefore the 1-minute load average when the run started
 * @param loadAfter the 1-minute load average when it ended
 */
record ServeRun(long disk, ExchangeTiming exchange, PushStats pushes, String loadBefore, String loadAfter) {

    /** {@return the exchange's total time over the import from disk} */
    double ratio() {
        return (double) exchange.totalNanos() / disk;
    }

    /** What a run needs to know. */
    record Setup(Path export, List<Path> files, int products, List<byte[]> bodies, int pushSize, long fileLimit,
                 Duration requestTimeout, Duration refusedPause, Duration maxTime) {
    }

    /**
     * Runs once.
     *
     * @param setup the export, the bodies and the limits
     * @param scratch makes a fresh empty database, called twice
     * @param work a folder for the server's uploads, emptied afterwards
     * @return the measurements
     */
    static ServeRun measure(Setup setup, Scratch scratch, Path work) throws Exception {
        String loadBefore = loadAverage();
        long disk;
        try (ScratchDatabase db = scratch.create("disk")) {
            disk = fromDisk(db.url(), setup.export());
            check(db.url(), setup.products(), "the import from disk");
        }
        ExchangeTiming exchange;
        PushStats pushes;
        try (ScratchDatabase db = scratch.create("serve"); CatalogStore store = JdbiCatalogStore.open(db.url())) {
            prepare(store);
            Path uploads = Files.createDirectories(work.resolve("uploads"));
            try (BenchServer server = new BenchServer(store, uploads, setup.fileLimit())) {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                long deadline = System.nanoTime() + setup.maxTime().toNanos();
                Pushers pushers = new Pushers(server, setup.bodies(), setup.requestTimeout(), setup.refusedPause());
                pushers.start();
                try {
                    exchange = new ExchangeDriver(http, server, setup.requestTimeout(), deadline)
                            .run(setup.export(), setup.files());
                } finally {
                    pushes = pushers.stop();
                }
            } finally {
                BenchmarkCommand.deleteTree(uploads);
            }
            check(db.url(), setup.products() + pushes.pushersApplied() * setup.pushSize(),
                    "the exchange and the applied pushes");
        }
        return new ServeRun(disk, exchange, pushes, loadBefore, loadAverage());
    }

    /** Makes an empty database for one part of a run. */
    interface Scratch {
        /**
         * @param part {@code disk} or {@code serve}
         * @return the empty database, dropped when closed
         */
        ScratchDatabase create(String part) throws IOException, SQLException;
    }

    /** Creates the schema before anything is timed, as a server that has run before has it. */
    private static void prepare(CatalogStore store) {
        try (ImportLock lock = store.lock()) {
            store.prepare();
        }
    }

    /** Imports the export with the engine as the server's is built (a worker pool of its own), timed. */
    private static long fromDisk(String url, Path export) throws IOException {
        ExecutorService workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "onec-sync-import");
            thread.setDaemon(true);
            return thread;
        });
        try (JdbiCatalogStore store = JdbiCatalogStore.open(url)) {
            prepare(store);
            SyncEngine engine = SyncEngine.builder(store).executor(workers).build();
            long start = System.nanoTime();
            try (ExportSource source = ExportSources.open(export)) {
                engine.importExport(source, ImportOptions.defaults());
            }
            return System.nanoTime() - start;
        } finally {
            workers.shutdownNow();
        }
    }

    /** Fails the run unless the store holds exactly {@code expected} products. */
    private static void check(String url, long expected, String what) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(*) FROM onecsync_product")) {
            rows.next();
            long stored = rows.getLong(1);
            if (stored != expected) {
                throw new IllegalStateException(what + " left " + stored + " products in the store, not "
                        + expected);
            }
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
