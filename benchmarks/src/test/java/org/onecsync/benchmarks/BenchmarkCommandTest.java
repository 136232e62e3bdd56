package org.onecsync.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchmarkCommandTest {

    @Test
    void measuresAGeneratedExportAgainstThePlainWalks() {
        BenchRun run = BenchRun.of("benchmark", "--products", "20", "--runs", "1", "--warmups", "0");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("| plain StAX event walk (Aalto) |"), run.out());
        assertTrue(run.out().contains("| onec-sync CommerceML reader |"), run.out());
        assertTrue(run.out().contains("records"), run.out());
    }

    @Test
    void refusesBothAFolderAndAGeneratedExport() {
        BenchRun run = BenchRun.of("benchmark", "--products", "20", "--in", "/tmp");
        assertEquals(2, run.exitCode());
    }
}
