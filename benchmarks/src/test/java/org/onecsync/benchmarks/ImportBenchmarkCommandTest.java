package org.onecsync.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.generate.ExportGenerator;
import org.onecsync.generate.FeedFormat;
import org.onecsync.generate.FeedGenerator;
import org.onecsync.generate.FeedOptions;
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
    void timesAGeneratedCsvFeedWithTheCsvParserForcedAndFindsItUnchangedTheSecondTime() {
        BenchRun run = BenchRun.of("benchmark-import", "--products", "12", "--format", "csv", "--runs", "1");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Generating 12 products (csv, seed 1)"), run.out());
        assertTrue(run.out().contains("one parse reads 0 records, 12 feed products, 0 skipped"), run.out());
        assertTrue(run.out().contains("Products: first import 12 created, 0 updated, 0 unchanged, 0 skipped; "
                + "re-import 0 created, 0 updated, 12 unchanged, 0 skipped"), run.out());
        assertTrue(run.out().contains("; re-import product 0/0/12/0, "), run.out());
        assertTrue(run.out().contains("| re-import (unchanged) |"), run.out());
    }

    @Test
    void timesAJsonFeedFolderRecognisedByItsContent() throws IOException {
        Path feed = temp.resolve("feed");
        new FeedGenerator(new FeedOptions(FeedFormat.JSON, 7, 1)).generate(feed);

        BenchRun run = BenchRun.of("benchmark-import", "--in", feed.toString(), "--runs", "1");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("one parse reads 0 records, 7 feed products, 0 skipped"), run.out());
        assertTrue(run.out().contains("Products: first import 7 created, 0 updated, 0 unchanged, 0 skipped; "
                + "re-import 0 created, 0 updated, 7 unchanged, 0 skipped"), run.out());
    }

    @Test
    void aRevisionOfAGeneratedExportIsABadCommandLine() {
        BenchRun run = BenchRun.of("benchmark-import", "--products", "5", "--revision", temp.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("--revision needs --in"), run.err());
    }

    @Test
    void refusesAMissingFolder() {
        BenchRun run = BenchRun.of("benchmark-import", "--in", temp.resolve("missing").toString());

        assertEquals(1, run.exitCode());
        assertEquals("error: not a folder: " + temp.resolve("missing") + System.lineSeparator(), run.err());
    }
}
