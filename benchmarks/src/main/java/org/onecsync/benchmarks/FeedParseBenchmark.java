package org.onecsync.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.onecsync.SyncException;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ParseException;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.spi.ExportParserProvider;
import org.onecsync.spi.FileHints;
import org.onecsync.spi.ParserOptions;

/**
 * Times the CSV or JSON feed parser, through {@link ExportReader} and the registered provider as an import
 * reads a feed, against a plain walk of the same files with the library underneath it: opencsv's RFC 4180
 * parser over a windows-1251 reader for CSV, Jackson's streaming parser for JSON. The two alternate in each
 * round, so that both see the same page cache and JIT state.
 */
final class FeedParseBenchmark {

    /** The generated CSV feed's encoding and separator, which the plain walk assumes rather than sniffs. */
    static final Charset CSV_ENCODING = Charset.forName("windows-1251");
    static final char CSV_SEPARATOR = ';';

    private static final int BUFFER = 64 * 1024;

    /** Jackson as it comes: default limits, no settings. */
    private static final JsonFactory PLAIN_JSON = new JsonFactory();

    /** Where the walks put what they touch, so that the JIT cannot drop the touching. */
    static volatile long sink;

    private FeedParseBenchmark() {
    }

    /**
     * The figures of a benchmark.
     *
     * @param format the feeds' format
     * @param files how many feed files were read
     * @param bytes their total size
     * @param products how many products one parse delivered
     * @param skipped how many products one parse skipped as bad
     * @param walkNanos the time of each measured plain walk
     * @param parseNanos the time of each measured parse
     * @param peakHeapBytes the largest heap in use during any measured parse (after a GC before it)
     */
    record Result(ExportFormat format, int files, long bytes, long products, long skipped, List<Long> walkNanos,
                  List<Long> parseNanos, long peakHeapBytes) {

        long walkMedian() {
            return ParseBenchmark.median(walkNanos);
        }

        long parseMedian() {
            return ParseBenchmark.median(parseNanos);
        }

        /** Megabytes (10^6 bytes) per second at the given time. */
        double mbPerSecond(long nanos) {
            return bytes / 1e6 / (nanos / 1e9);
        }

        /** Products (delivered and skipped) per second of the median parse. */
        double productsPerSecond() {
            return (products + skipped) / (parseMedian() / 1e9);
        }

        /** The parser's throughput as a share of the walk's: 1.0 when both take the same time. */
        double shareOfWalk() {
            return (double) walkMedian() / parseMedian();
        }

        /**
         * The median of each round's walk/parse ratio: on a shared machine a slow spell hits the walk and the
         * parse of the same round alike, so this varies less than the ratio of the medians.
         */
        double roundShareMedian() {
            List<Double> shares = new ArrayList<>();
            for (int i = 0; i < parseNanos.size(); i++) {
                shares.add((double) walkNanos.get(i) / parseNanos.get(i));
            }
            shares.sort(null);
            int mid = shares.size() / 2;
            return shares.size() % 2 == 1 ? shares.get(mid) : (shares.get(mid - 1) + shares.get(mid)) / 2;
        }
    }

    /**
     * Runs the benchmark over the feeds of a format under a folder (or one feed file).
     *
     * @param export a folder or a feed file
     * @param format {@link ExportFormat#CSV} or {@link ExportFormat#JSON}
     * @param warmups rounds run first and not measured
     * @param runs measured rounds
     * @return the figures
     * @throws IOException if the files cannot be read
     * @throws SyncException if there is no feed of that format there
     */
    static Result run(Path export, ExportFormat format, int warmups, int runs) throws IOException {
        ParserRegistry parsers = ParserRegistry.load();
        ExportParserProvider provider = parsers.named(format.parserName());
        try (ExportSource source = ExportSources.open(export)) {
            List<ExportFile> files = feeds(source, provider);
            if (files.isEmpty()) {
                throw new SyncException(SyncException.Kind.BAD_INPUT, "no " + format.parserName()
                        + " feed in " + export);
            }
            return run(format, files, new ExportReader(parsers), warmups, runs);
        }
    }

    private static Result run(ExportFormat format, List<ExportFile> files, ExportReader reader, int warmups,
                              int runs) throws IOException {
        long bytes = 0;
        for (ExportFile file : files) {
            bytes += file.size();
        }
        ParserOptions options = ParserOptions.none().withFormat(format.parserName());
        List<Long> walks = new ArrayList<>();
        List<Long> parses = new ArrayList<>();
        CountingHandler counted = new CountingHandler();
        long peak = 0;
        for (int round = 0; round < warmups + runs; round++) {
            long walk = ParseBenchmark.time(() -> sink = format == ExportFormat.CSV ? csvWalk(files) : jsonWalk(files));
            System.gc();
            ParseBenchmark.resetPeaks();
            counted = new CountingHandler();
            CountingHandler handler = counted;
            long parse = ParseBenchmark.time(() -> {
                for (ExportFile file : files) {
                    reader.read(file, handler, options);
                }
            });
            if (round >= warmups) {
                walks.add(walk);
                parses.add(parse);
                peak = Math.max(peak, ParseBenchmark.peakHeap());
            }
        }
        return new Result(format, files.size(), bytes, counted.feedProducts(), counted.skipped(), walks, parses,
                peak);
    }

    /** The source's files the provider claims, by their first bytes and name, as an import picks them. */
    private static List<ExportFile> feeds(ExportSource source, ExportParserProvider provider) throws IOException {
        List<ExportFile> found = new ArrayList<>();
        for (ExportFile file : source.files()) {
            try (InputStream in = file.open()) {
                byte[] head = in.readNBytes(ExportParserProvider.HEAD_SIZE);
                if (provider.recognizes(head, head.length, new FileHints(file.path(), file.mediaType()))) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    /** Every row split by opencsv's RFC 4180 parser, every cell's length read. */
    static long csvWalk(List<ExportFile> files) throws IOException {
        long touched = 0;
        for (ExportFile file : files) {
            try (InputStream in = new BufferedInputStream(file.open(), BUFFER);
                 CSVReader csv = new CSVReaderBuilder(new BufferedReader(new InputStreamReader(in, CSV_ENCODING)))
                         .withCSVParser(new RFC4180ParserBuilder().withSeparator(CSV_SEPARATOR).build())
                         .build()) {
                String[] row;
                while ((row = csv.readNext()) != null) {
                    for (String cell : row) {
                        touched += cell.length();
                    }
                }
            } catch (CsvException e) {
                throw new ParseException(file.path(), e.getLineNumber(), -1, e.getMessage(), e);
            }
        }
        return touched;
    }

    /** Every token, and the text of every string and number: what a reader needs before it maps anything. */
    static long jsonWalk(List<ExportFile> files) throws IOException {
        long touched = 0;
        for (ExportFile file : files) {
            try (InputStream in = new BufferedInputStream(file.open(), BUFFER);
                 JsonParser json = PLAIN_JSON.createParser(in)) {
                JsonToken token;
                while ((token = json.nextToken()) != null) {
                    if (token == JsonToken.VALUE_STRING || token.isNumeric()) {
                        touched += json.getText().length();
                    }
                }
            }
        }
        return touched;
    }
}
