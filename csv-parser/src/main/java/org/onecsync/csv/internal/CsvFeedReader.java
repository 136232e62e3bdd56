package org.onecsync.csv.internal;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import com.opencsv.exceptions.CsvValidationException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import org.onecsync.csv.CsvProfile;
import org.onecsync.parse.ParseException;

/**
 * Reads a CSV feed one record at a time: encoding, separator, header, then each data row converted and handed
 * to a {@link CsvSink}. Records are split by opencsv's {@link RFC4180Parser}: the default {@code CSVParser}
 * treats a backslash as an escape and would corrupt paths and HTML. Problems of one row are reported and the
 * row skipped; a file that is not CSV fails with one {@link ParseException} naming the line.
 */
final class CsvFeedReader {

    /** The longest single field accepted: a long HTML description fits, a swallowed file does not. */
    static final int MAX_FIELD_CHARS = 1 << 20;

    /** The most characters one record may span (several long fields). */
    static final long MAX_RECORD_CHARS = 4L << 20;

    /** The most physical lines one record may span; beyond it a quote was surely left open. */
    static final int MAX_RECORD_LINES = 5_000;

    /** What the decoder puts in place of bytes that are not text in the file's encoding. */
    private static final char UNDECODABLE = '\uFFFD';

    private final CsvProfile profile;

    CsvFeedReader(CsvProfile profile) {
        this.profile = profile;
    }

    /**
     * Reads the whole feed.
     *
     * @param input the feed's bytes; not closed
     * @param fileName the name to report under
     * @param sink receives each row or problem, in file order
     * @throws ParseException when the file is not CSV or does not fit the profile
     * @throws IOException when the stream cannot be read
     */
    void read(InputStream input, String fileName, CsvSink sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(input, EncodingDetector.BLOCK);
        Charset charset = EncodingDetector.detect(in, profile.encoding(), fileName);
        sink.start(charset);
        // REPLACE, and every record is then checked for U+FFFD: a REPORTed error would surface while the
        // buffer reads ahead, a record or more before the one that holds the bad bytes, with the wrong line.
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(UNDECODABLE));
        RecordSizeGuard guard = new RecordSizeGuard(new InputStreamReader(in, decoder), MAX_RECORD_CHARS);
        BufferedReader reader = new BufferedReader(guard);
        long skipped = 0;
        for (; skipped < profile.skipLines(); skipped++) {
            guard.startRecord();
            String line = reader.readLine();
            checkLineLength(guard, fileName, skipped + 1);
            if (line == null) {
                return;
            }
        }
        char separator = profile.separator() != null
                ? profile.separator()
                : sniff(reader, guard, fileName, skipped + 1);
        checkLineLength(guard, fileName, skipped + 1);
        RFC4180Parser parser = new RFC4180ParserBuilder().withSeparator(separator).build();
        CSVReader csv = new CSVReaderBuilder(reader).withCSVParser(parser)
                .withMultilineLimit(MAX_RECORD_LINES).build();
        new Records(csv, guard, skipped, fileName, sink, charset).readAll();
    }

    private static void checkLineLength(RecordSizeGuard guard, String fileName, long line) {
        if (guard.tripped()) {
            throw new ParseException(fileName, line, -1, "not a CSV file: a line longer than " + MAX_RECORD_CHARS
                    + " characters", null);
        }
    }

    /** The longest first line the separator is sniffed from; a real header is far shorter. */
    static final int MAX_SNIFFED_LINE = 64 * 1024;

    /**
     * Looks at the first line without consuming it. The mark's limit is kept small on purpose: a
     * {@code BufferedReader} grows its buffer to the limit at once and fills it in one read.
     */
    private static char sniff(BufferedReader reader, RecordSizeGuard guard, String fileName, long line)
            throws IOException {
        guard.startRecord();
        reader.mark(MAX_SNIFFED_LINE);
        String first = reader.readLine();
        try {
            reader.reset();
        } catch (IOException e) {
            throw new ParseException(fileName, line, -1, "not a CSV file: the first line is longer than "
                    + MAX_SNIFFED_LINE + " characters", e);
        }
        // A new, tiny mark, so the sniffing one does not keep the large buffer alive.
        reader.mark(1);
        return first == null ? ';' : SeparatorSniffer.sniff(first);
    }

    /** The record loop, with the state it needs to number lines. */
    private final class Records {
        private final CSVReader csv;
        private final RecordSizeGuard guard;
        private final long skipped;
        private final String fileName;
        private final CsvSink sink;
        private final Charset charset;

        Records(CSVReader csv, RecordSizeGuard guard, long skipped, String fileName, CsvSink sink, Charset charset) {
            this.charset = charset;
            this.csv = csv;
            this.guard = guard;
            this.skipped = skipped;
            this.fileName = fileName;
            this.sink = sink;
        }

        void readAll() throws IOException {
            ColumnResolver resolver = new ColumnResolver(profile, fileName);
            // Without a header the layout comes from the profile alone, and the first row shows the width.
            RowMapper mapper = profile.header() ? null : mapper(resolver.resolve(null, skipped + 1));
            boolean firstRow = true;
            while (true) {
                long line = skipped + csv.getLinesRead() + 1;
                String[] cells = next(line);
                if (cells == null) {
                    return;
                }
                if (isBlank(cells)) {
                    continue;
                }
                if (mapper == null) {
                    mapper = mapper(resolver.resolve(cells, line));
                    continue;
                }
                if (firstRow && !profile.header()) {
                    checkWidth(resolver.resolve(null, line), cells, line);
                }
                firstRow = false;
                mapper.map(line, cells, sink);
            }
        }

        private RowMapper mapper(ColumnLayout layout) {
            return new RowMapper(layout, new DecimalParser(profile.decimalSeparator()), profile.categorySeparator());
        }

        private void checkWidth(ColumnLayout layout, String[] cells, long line) {
            int max = layout.maxIndex();
            if (max >= cells.length) {
                throw new ParseException(fileName, line, -1, "the profile names column " + (max + 1)
                        + ", but the first row has " + cells.length + " columns", null);
            }
        }

        private String[] next(long line) throws IOException {
            guard.startRecord();
            String[] cells;
            try {
                cells = csv.readNext();
            } catch (CsvMultilineLimitBrokenException e) {
                throw runawayQuote(line, "runs on for more than " + MAX_RECORD_LINES + " lines", e);
            } catch (CsvMalformedLineException e) {
                checkSize(line);
                throw runawayQuote(line, "is never closed", e);
            } catch (CsvValidationException e) {
                throw new ParseException(fileName, line, -1, e.getMessage(), e);
            }
            if (guard.failure() != null) {
                // CSVReader.isClosed() takes a read failure for the end of the file; it must not pass as one.
                throw guard.failure();
            }
            checkSize(line);
            if (cells != null) {
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i] != null && cells[i].indexOf(UNDECODABLE) >= 0) {
                        // Detection looks at the first 64 KiB only; a windows-1251 file that is plain ASCII that
                        // far reads as UTF-8 until its first Cyrillic letter. The profile's encoding settles it.
                        throw new ParseException(fileName, line, i + 1, "not " + charset.name()
                                + " text; set encoding= in the profile if the file uses another", null);
                    }
                    if (cells[i] != null && cells[i].length() > MAX_FIELD_CHARS) {
                        throw new ParseException(fileName, line, i + 1, "a field longer than " + MAX_FIELD_CHARS
                                + " characters: not a CSV feed, or a quote left open", null);
                    }
                }
            }
            return cells;
        }

        /** The guard ended the input inside this record: say so, rather than read the cut record as data. */
        private void checkSize(long line) {
            if (!guard.tripped()) {
                return;
            }
            if (skipped + csv.getLinesRead() > line) {
                throw runawayQuote(line, "runs on for more than " + MAX_RECORD_CHARS + " characters", null);
            }
            throw new ParseException(fileName, line, -1, "not a CSV file: a line longer than " + MAX_RECORD_CHARS
                    + " characters", null);
        }

        private ParseException runawayQuote(long line, String what, Exception cause) {
            return new ParseException(fileName, line, -1, "a quoted field that starts in the record on this line "
                    + what + " (a runaway quote?)", cause);
        }

        private static boolean isBlank(String[] cells) {
            for (String cell : cells) {
                if (cell != null && !cell.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}
