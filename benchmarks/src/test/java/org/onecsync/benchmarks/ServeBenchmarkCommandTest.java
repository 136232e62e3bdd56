package org.onecsync.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code benchmark-serve} with tiny sizes: a 30-product export in pages of 10, sent in 64 KB chunks while two
 * pushers push 5 products each. The command itself checks that each store holds exactly the export's products
 * and those of every pusher that had a push applied (it fails with exit 70 otherwise).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServeBenchmarkCommandTest {

    private static final String[] TINY = {"benchmark-serve", "--products", "30", "--products-per-file", "10",
        "--pushers", "2", "--push-size", "5", "--file-limit", "65536", "--runs", "1", "--warmups", "0"};

    private static String[] tiny(String... more) {
        String[] args = java.util.Arrays.copyOf(TINY, TINY.length + more.length);
        System.arraycopy(more, 0, args, TINY.length, more.length);
        return args;
    }

    @Test
    void runsAnExchangeUnderPushesOnSqliteAndComparesItWithTheImportFromDisk() {
        BenchRun run = BenchRun.of(tiny("--store", "sqlite"));

        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().startsWith("Export: 30 products, 22 files, "), run.out());
        assertTrue(run.out().contains("(pages of 10 products), sent in chunks of 65536 bytes; 2 pushers × 5 "
                + "products each (SKUs of their own, none in the export)"), run.out());
        assertTrue(run.out().contains("\nSQLite run 1: exchange "), run.out());
        assertTrue(run.out().contains("\n| database | exchange | in import calls | from disk | exchange / disk | "
                + "pushes/s | applied/s | p50 | p95 | p99 | max | p50 applied | p99 applied |\n"), run.out());
        assertTrue(run.out().contains("\n| SQLite | "), run.out());
        assertTrue(run.out().contains("\nSQLite, all 1 runs: push statuses "), run.out());
    }

    @Test
    void runsOnAScratchPostgresSchema() {
        String url = System.getenv(ServeBenchmarkCommand.PG_VARIABLE);
        assumeTrue(url != null && !url.isBlank(), "set " + ServeBenchmarkCommand.PG_VARIABLE
                + " to run benchmark-serve on PostgreSQL");

        BenchRun run = BenchRun.of(tiny("--store", "postgres", "--pg-url", url));

        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("\nPostgreSQL run 1: exchange "), run.out());
        assertTrue(run.out().contains("\n| PostgreSQL | "), run.out());
    }

    @Test
    void anUnknownStoreIsABadCommandLine() {
        BenchRun run = BenchRun.of(tiny("--store", "oracle"));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Invalid value for option '--store': oracle (expected sqlite, postgres or "
                + "both)"), run.err());
    }
}
