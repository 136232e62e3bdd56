package org.onecsync.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.generate.ExportGenerator;
import org.onecsync.generate.GeneratorOptions;

class ImportBenchmarkCommandTest {

    @TempDir
    Path temp;

    @Test
    void timesAFirstImportAndAReImportIntoAScratchSqliteFile() throws IOException {
        Path export = temp.resolve("export");
        new ExportGenerator(GeneratorOptions.of(5, 1)).generate(export);

        BenchRun run = BenchRun.of("benchmark-import", "--in", export.toString(), "--runs", "1");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("| first import |"), run.out());
        assertTrue(run.out().contains("| re-import (unchanged) |"), run.out());
        assertTrue(run.out().contains("database SQLite"), run.out());
    }

    @Test
    void refusesAMissingFolder() {
        BenchRun run = BenchRun.of("benchmark-import", "--in", temp.resolve("missing").toString());

        assertEquals(1, run.exitCode());
        assertEquals("error: not a folder: " + temp.resolve("missing") + System.lineSeparator(), run.err());
    }
}
