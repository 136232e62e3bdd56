package org.onecsync.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.onecsync.commerceml.CommerceMlParser;
import org.onecsync.commerceml.CommerceMlParserProvider;
import org.onecsync.commerceml.internal.XmlInputs;
import org.onecsync.model.CatalogRecord;
import org.onecsync.parse.ParseException;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.spi.ExportParserProvider;
import org.onecsync.spi.RecordHandler;

/**
 * Times the CommerceML reader against a plain StAX event walk (Aalto, same factory settings, same encoding
 * handling) over the same files, alternating the two in each round so that both see the same caches.
 */
public final class ParseBenchmark {

    private ParseBenchmark() {
    }

    /**
     * The figures of a benchmark.
     *
     * @param files how many CommerceML files were read
     * @param bytes their total size
     * @param records how many records one parse produced
     * @param walkNanos the time of each measured event walk (Aalto)
     * @param jdkWalkNanos the time of each measured event walk with the JDK's own StAX parser, for reference
     * @param parseNanos the time of each measured parse
     * @param peakHeapBytes the largest heap in use during any measured parse (after a GC before it)
     */
    public record Result(int files, long bytes, long records, List<Long> walkNanos, List<Long> jdkWalkNanos,
                         List<Long> parseNanos, long peakHeapBytes) {

        /** The median event-walk time in nanoseconds. */
        public long walkMedian() {
            return median(walkNanos);
        }

        /** The median JDK event-walk time in nanoseconds. */
        public long jdkWalkMedian() {
            return median(jdkWalkNanos);
        }

        /** The median parse time in nanoseconds. */
        public long parseMedian() {
            return median(parseNanos);
        }

        /** Megabytes (10^6 bytes) per second at the given time. */
        public double mbPerSecond(long nanos) {
            return bytes / 1e6 / (nanos / 1e9);
        }

        /** Records per second of the median parse. */
        public double recordsPerSecond() {
            return records / (parseMedian() / 1e9);
        }

    }

    /** The median of some timings; of an even count, the mean of the middle two. */
    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    /**
     * Runs the benchmark.
     *
     * @param export a folder holding the export
     * @param warmups rounds run first and not measured
     * @param runs measured rounds
     * @return the figures
     * @throws IOException if the files cannot be read
     */
    public static Result run(Path export, int warmups, int runs) throws IOException {
        try (ExportSource source = ExportSources.open(export)) {
            return run(commerceMlFiles(source), warmups, runs);
        }
    }

    private static Result run(List<ExportFile> files, int warmups, int runs) throws IOException {
        long bytes = 0;
        for (ExportFile file : files) {
            bytes += file.size();
        }
        XMLInputFactory jdk = XMLInputFactory.newDefaultFactory();
        jdk.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        List<Long> walks = new ArrayList<>();
        List<Long> jdkWalks = new ArrayList<>();
        List<Long> parses = new ArrayList<>();
        long records = 0;
        long peak = 0;
        for (int round = 0; round < warmups + runs; round++) {
            boolean measured = round >= warmups;
            long walk = time(() -> walk(files, in -> XmlInputs.open(in).reader()));
            long jdkWalk = time(() -> walk(files, jdk::createXMLStreamReader));
            System.gc();
            resetPeaks();
            long[] count = new long[1];
            long parse = time(() -> count[0] = parse(files));
            if (measured) {
                walks.add(walk);
                jdkWalks.add(jdkWalk);
                parses.add(parse);
                records = count[0];
                peak = Math.max(peak, peakHeap());
            }
        }
        return new Result(files.size(), bytes, records, walks, jdkWalks, parses, peak);
    }

    /** A timed step that may read files. */
    interface Body {
        void run() throws IOException;
    }

    static long time(Body body) throws IOException {
        long start = System.nanoTime();
        body.run();
        return System.nanoTime() - start;
    }

    private static List<ExportFile> commerceMlFiles(ExportSource source) throws IOException {
        ExportParserProvider provider = new CommerceMlParserProvider();
        List<ExportFile> found = new ArrayList<>();
        for (ExportFile file : source.files()) {
            try (InputStream in = file.open()) {
                byte[] head = in.readNBytes(ExportParserProvider.HEAD_SIZE);
                if (provider.recognizes(head, head.length)) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    /** Opens a StAX reader over a file's bytes. */
    private interface Opener {
        XMLStreamReader open(InputStream in) throws IOException, XMLStreamException;
    }

    /** A plain event walk: every event, nothing read from it. */
    private static void walk(List<ExportFile> files, Opener opener) throws IOException {
        for (ExportFile file : files) {
            try (InputStream in = new BufferedInputStream(file.open(), 64 * 1024)) {
                XMLStreamReader reader = opener.open(in);
                while (reader.hasNext()) {
                    reader.next();
                }
                reader.close();
            } catch (XMLStreamException e) {
                throw new ParseException(file.path(), -1, -1, e.getMessage(), e);
            }
        }
    }

    private static long parse(List<ExportFile> files) throws IOException {
        long[] count = new long[1];
        RecordHandler counter = (CatalogRecord record, long line) -> count[0]++;
        CommerceMlParser parser = new CommerceMlParser();
        for (ExportFile file : files) {
            try (InputStream in = new BufferedInputStream(file.open(), 64 * 1024)) {
                parser.parse(file.path(), in, counter);
            }
        }
        return count[0];
    }

    /** Resets the heap pools' peaks, so that {@link #peakHeap()} covers only what runs after. */
    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
