package org.onecsync.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.generate.FeedFormat;
import org.onecsync.generate.FeedGenerator;
import org.onecsync.generate.FeedOptions;

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
    void measuresAGeneratedCsvFeedAgainstThePlainOpencsvWalk() {
        BenchRun run = BenchRun.of("benchmark", "--format", "csv", "--products", "30", "--runs", "1",
                "--warmups", "0");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Generating 30 products (seed 1)"), run.out());
        assertTrue(run.out().contains(" 30 products delivered, 0 skipped"), run.out());
        assertTrue(run.out().contains("| plain opencsv row walk (RFC4180Parser, windows-1251) |"), run.out());
        assertTrue(run.out().contains("| onec-sync CSV parser |"), run.out());
        assertTrue(run.out().contains("% of the plain walk (goal: at least 80%; median of the rounds' own ratios: "),
                run.out());
    }

    @Test
    void measuresAJsonFeedFileAgainstThePlainJacksonWalk(@TempDir Path temp) throws IOException {
        Path feed = new FeedGenerator(new FeedOptions(FeedFormat.JSON, 25, 1)).generate(temp);

        BenchRun run = BenchRun.of("benchmark", "--format", "json", "--in", feed.toString(), "--runs", "3",
                "--warmups", "1");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Input: 1 json feed file(s), "), run.out());
        assertTrue(run.out().contains(" 25 products delivered, 0 skipped"), run.out());
        assertTrue(run.out().contains("| plain Jackson token walk |"), run.out());
        assertTrue(run.out().contains("| onec-sync JSON parser |"), run.out());
        assertTrue(run.out().matches("(?s).*Runs \\(s\\): walk \\S+ \\S+ \\S+; parse \\S+ \\S+ \\S+\\R.*"), run.out());
    }

    @Test
    void aFolderWithoutAFeedOfTheFormatIsBadInput(@TempDir Path temp) throws IOException {
        new FeedGenerator(new FeedOptions(FeedFormat.CSV, 5, 1)).generate(temp);

        BenchRun run = BenchRun.of("benchmark", "--format", "json", "--in", temp.toString(), "--runs", "1");

        assertEquals(1, run.exitCode());
        assertEquals("error: no json feed in " + temp + System.lineSeparator(), run.err());
    }

    @Test
    void anUnknownFormatIsABadCommandLineNamingTheKnownOnes() {
        BenchRun run = BenchRun.of("benchmark", "--format", "xml", "--products", "5");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown format 'xml': choose one of commerceml, csv, json"), run.err());
    }

    @Test
    void refusesBothAFolderAndAGeneratedExport() {
        BenchRun run = BenchRun.of("benchmark", "--products", "20", "--in", "/tmp");
        assertEquals(2, run.exitCode());
    }
}
