package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.onecsync.sync.ImportProgress;

/** The progress line's text, width and updates, without a terminal. */
class ProgressLineTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void readingNamesTheFileItsNumberTheRecordsAndTheRate() {
        assertEquals("reading 2/5 goods/goods.xml: 12,345 records, 6,172/s", ProgressLine.format(
                new ImportProgress("reading", "goods/goods.xml", 1, 5, 12_345), 2 * SECOND, 79));
    }

    @Test
    void laterPhasesShowTheRecords() {
        assertEquals("applying: 120,000 records, 40,000/s",
                ProgressLine.format(new ImportProgress("applying", null, 5, 5, 120_000), 3 * SECOND, 79));
        assertEquals("committing: 120,000 records, 30,000/s",
                ProgressLine.format(new ImportProgress("committing", null, 5, 5, 120_000), 4 * SECOND, 79));
    }

    @Test
    void noRateBeforeTheFirstSecond() {
        assertEquals("reading 1/1 import.xml: 0 records",
                ProgressLine.format(new ImportProgress("reading", "import.xml", 0, 1, 0), SECOND / 2, 79));
    }

    @Test
    void aLongFileNameIsShortenedFromTheLeftToFitTheWidth() {
        String line = ProgressLine.format(new ImportProgress("reading", "webdata/000000001/goods/1/import___"
                + "8f3a9c1e-43b1-4f0e-b1c5-0d6f5a2e7c11.xml", 3, 12, 5_000), 0, 59);

        assertEquals("reading 4/12 ...1-4f0e-b1c5-0d6f5a2e7c11.xml: 5,000 records", line);
        assertEquals(59, line.length());
    }

    @Test
    void aNarrowTerminalCutsTheLine() {
        assertEquals("reading 4/12: 5,",
                ProgressLine.format(new ImportProgress("reading", "import.xml", 3, 12, 5_000), 0, 16));
        assertEquals("applying:", ProgressLine.format(new ImportProgress("applying", null, 3, 12, 5_000), 0, 9));
    }

    @Test
    void aNewPhaseShowsAtOnceAndTheSamePhaseAtMostFourTimesASecond() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressLine line = new ProgressLine(new PrintWriter(text), true, 40, now::get);

        line.accept(new ImportProgress("reading", "a.xml", 0, 3, 0));
        now.addAndGet(SECOND / 10);
        line.accept(new ImportProgress("reading", "b.xml", 1, 3, 10));
        line.accept(new ImportProgress("applying", null, 3, 3, 20));
        now.addAndGet(SECOND / 10);
        line.accept(new ImportProgress("committing", null, 3, 3, 20));
        line.clear();

        assertEquals("\rreading 1/3 a.xml: 0 records"
                + "\rapplying: 20 records        "
                + "\rcommitting: 20 records"
                + "\r                        \r", text.toString());
    }

    @Test
    void theRateCountsFromTheFirstProgressNotFromOpeningTheDatabase() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressLine line = new ProgressLine(new PrintWriter(text), true, 80, now::get);

        now.addAndGet(5 * SECOND);
        line.accept(new ImportProgress("reading", "a.xml", 0, 1, 0));
        now.addAndGet(2 * SECOND);
        line.accept(new ImportProgress("applying", null, 1, 1, 2_000));

        assertEquals("\rreading 1/1 a.xml: 0 records\rapplying: 2,000 records, 1,000/s", text.toString());
    }

    @Test
    void offTheTerminalNothingIsPrinted() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text), false, 80, System::nanoTime);

        line.accept(new ImportProgress("reading", "a.xml", 0, 1, 0));
        line.clear();

        assertEquals("", text.toString());
    }
}
