package org.onecsync.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.parse.DocumentHeader;
import org.onecsync.parse.ParseException;
import org.onecsync.parse.Scope;
import org.onecsync.spi.ParserOptions;

/** Files that are not feeds fail with one line naming the file (and the line where there is one). */
class CsvFeedFailureTest {

    @TempDir
    Path dir;

    private final Recorder recorder = new Recorder();

    @Test
    void binaryJunkNamedCsvIsClaimedAndFailsWithOneLineHandingNothingOn() throws IOException {
        // A zip archive renamed to .csv: its local header has control bytes, then a NUL at offset 5.
        byte[] junk = new byte[8192];
        new java.util.Random(9).nextBytes(junk);
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 8, 0};
        System.arraycopy(zip, 0, junk, 0, zip.length);
        Path file = write("prices.csv", junk);

        ParseException e = assertThrows(ParseException.class, () -> read(file, ParserOptions.none()));

        assertEquals("prices.csv: not a CSV file: binary data (byte 0x00 at offset 5)", e.getMessage());
        assertEquals(List.of(), recorder.events);
    }

    @Test
    void runawayQuoteFailsFastAtTheLineWhereItOpened() throws IOException {
        StringBuilder csv = new StringBuilder("Артикул;Наименование\nA-1;ok\nA-2;\"broken\nA-3;x\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("B-").append(i).append(";name ").append(i).append('\n');
        }
        Path file = write("feed.csv", csv.toString().getBytes(UTF_8));

        ParseException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ParseException.class, () -> read(file, ParserOptions.none())));

        assertEquals("feed.csv, line 3: a quoted field that starts in the record on this line runs on for more than"
                + " 5000 lines (a runaway quote?)", e.getMessage());
        assertEquals(List.of(new DocumentHeader("feed.csv", "csv", null, "UTF-8"), Scope.changes("products", 2),
                new Recorder.Product(org.onecsync.feed.FeedProduct.builder().sku("A-1").name("ok").build(), 2)),
                recorder.events);
    }

    @Test
    void runawayQuoteOverLongLinesStopsAtTheRecordSizeLimit() throws IOException {
        // Few lines but long ones: the line limit would come too late, the character limit stops it.
        String line = "x".repeat(100_000) + "\n";
        Path file = write("feed.csv", ("Артикул;Наименование\nA-1;\"broken\n" + line.repeat(60))
                .getBytes(UTF_8));

        ParseException e = assertThrows(ParseException.class, () -> read(file, ParserOptions.none()));

        assertEquals("feed.csv, line 2: a quoted field that starts in the record on this line runs on for more than"
                + " 4194304 characters (a runaway quote?)", e.getMessage());
    }

    @Test
    void quoteNeverClosedBeforeTheEndFails() throws IOException {
        Path file = write("feed.csv", "Артикул;Наименование\nA-1;\"broken\nA-2;x\n".getBytes(UTF_8));

        ParseException e = assertThrows(ParseException.class, () -> read(file, ParserOptions.none()));

        assertEquals("feed.csv, line 2: a quoted field that starts in the record on this line is never closed"
                + " (a runaway quote?)", e.getMessage());
    }

    @Test
    void recordLongerThanTheLimitFailsInsteadOfBeingHeld() throws IOException {
        Path file = write("feed.csv", ("Артикул;Наименование\nA;" + "x".repeat(5_000_000) + "\n").getBytes(UTF_8));

        ParseException e = assertThrows(ParseException.class, () -> read(file, ParserOptions.none()));

        assertEquals("feed.csv, line 2: not a CSV file: a line longer than 4194304 characters", e.getMessage());
    }

    @Test
    void profileNamingAColumnThatIsNotThereFailsWithOneLine() throws IOException {
        Path profile = dir.resolve("supplier.properties");
        Files.writeString(profile, "column.sku=Код поставщика\nprice.Оптовая=Цена опт.\n", UTF_8);
        Path file = write("feed.csv", "Артикул;Наименование;\"Цена\nрозн.\"\nA;x;1\n".getBytes(UTF_8));
        ParserOptions options = ParserOptions.none().with(CsvProfile.class, CsvProfile.load(profile));

        ParseException e = assertThrows(ParseException.class, () -> read(file, options));

        assertEquals("feed.csv, line 1: profile column.sku names column 'Код поставщика', which is not in the header"
                + " Артикул | Наименование | Цена розн.", e.getMessage());
        assertEquals(List.of(new DocumentHeader("feed.csv", "csv", null, "UTF-8")), recorder.events);
    }

    @Test
    void profileColumnNumberBeyondTheHeaderFailsWithOneLine() throws IOException {
        CsvProfile profile = CsvProfile.builder().stock("Склад СПб", "7").build();
        Path file = write("feed.csv", "Артикул;Наименование\nA;x\n".getBytes(UTF_8));

        ParseException e = assertThrows(ParseException.class,
                () -> read(file, ParserOptions.none().with(CsvProfile.class, profile)));

        assertEquals("feed.csv, line 1: profile stock.Склад СПб=7 names column 7, but the header has 2 columns",
                e.getMessage());
    }

    @Test
    void headerWithoutANameColumnFailsWithOneLine() throws IOException {
        Path file = write("feed.csv", "Артикул;Цена\nA;1\n".getBytes(UTF_8));

        ParseException e = assertThrows(ParseException.class, () -> read(file, ParserOptions.none()));

        assertEquals("feed.csv, line 1: no name column in the header Артикул | Цена; name one in a profile"
                + " (column.name=...)", e.getMessage());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private void read(Path file, ParserOptions options) throws IOException {
        new org.onecsync.parse.ExportReader(org.onecsync.parse.ParserRegistry.of(new CsvParserProvider()))
                .read(Recorder.file(file, null), recorder, options);
    }
}
