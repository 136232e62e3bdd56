package org.onecsync.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OnecSyncBenchTest {

    @Test
    void helpListsBothBenchmarksWithFullSentences() {
        BenchRun run = BenchRun.of("--help");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  benchmark         Measures how fast the CommerceML reader parses an export"),
                run.out());
        assertTrue(run.out().contains("  benchmark-import  Times importing an export into an empty database"), run.out());
    }

    @Test
    void missingCommandIsABadCommandLine() {
        BenchRun run = BenchRun.of();

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Missing command: choose one of help, benchmark, benchmark-import"), run.err());
    }

    @Test
    void printsItsVersion() {
        BenchRun run = BenchRun.of("--version");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("onec-sync-bench "), run.out());
    }
}
