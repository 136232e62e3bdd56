package org.onecsync.store.contract;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.onecsync.feed.FeedProduct;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.parse.DocumentHeader;
import org.onecsync.parse.PackageHeader;
import org.onecsync.parse.PackageKind;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.parse.Scope;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.spi.ExportParser;
import org.onecsync.spi.ExportParserProvider;
import org.onecsync.spi.RecordHandler;

/**
 * An export made of records in memory, read through a test parser, so that store contract tests drive the
 * real engine without a file format. Each file is complete or partial as a whole; record {@code i} of a
 * file is on line {@code i + 1}.
 */
public final class TestExport {

    private static final String MAGIC = "#test-export ";
    private static final String FEED_MAGIC = "#test-feed ";
    private static final Map<String, TestFile> FILES = new ConcurrentHashMap<>();
    private static final Map<String, TestFeed> FEEDS = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong();

    private final List<ExportFile> files = new ArrayList<>();

    /** The registry that reads these exports. */
    public static ParserRegistry parsers() {
        return ParserRegistry.of(new Provider());
    }

    /** An empty export. */
    public static TestExport of() {
        return new TestExport();
    }

    /** An export of one partial file holding the records. */
    public static TestExport partial(CatalogRecord... records) {
        return of().file("partial.xml", false, records);
    }

    /**
     * Adds a file.
     *
     * @param path its path
     * @param complete whether its package says it holds everything of its entities
     * @param records its records, in order
     * @return this export
     */
    public TestExport file(String path, boolean complete, CatalogRecord... records) {
        return file(path, "", complete, records);
    }

    /**
     * Adds a file whose first bytes, after the line that names its records, are {@code head}: the start of a
     * CommerceML document, say, for what the engine reads from a file's head before it is parsed.
     *
     * @param path its path
     * @param head text that follows the first line
     * @param complete whether its package says it holds everything of its entities
     * @param records its records, in order
     * @return this export
     */
    public TestExport file(String path, String head, boolean complete, CatalogRecord... records) {
        String id = Long.toString(IDS.incrementAndGet());
        FILES.put(id, new TestFile(complete, List.of(records)));
        return raw(path, (MAGIC + id + "\n" + head).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Adds a feed file: its parser announces one products scope and emits the items in order, a
     * {@link FeedProduct} as a feed product, a {@link Skipped} as a row it could not read.
     *
     * @param path its path
     * @param complete the scope's flag ({@code null}: the feed does not say)
     * @param items feed products and skipped rows, in order
     * @return this export
     */
    public TestExport feed(String path, Boolean complete, Object... items) {
        String id = Long.toString(IDS.incrementAndGet());
        FEEDS.put(id, new TestFeed(complete, List.of(items)));
        return raw(path, (FEED_MAGIC + id + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A feed row the parser could not read.
     *
     * @param sku its SKU, or {@code null} when the row had none
     * @param reason why
     */
    public record Skipped(String sku, String reason) {
    }

    /**
     * Adds a file of any content; the test parser reads only files made by {@link #file}.
     *
     * @param path its path
     * @param bytes its content
     * @return this export
     */
    public TestExport raw(String path, byte[] bytes) {
        files.add(new ExportFile() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }
        });
        return this;
    }

    /** The export as a source. */
    public ExportSource source() {
        List<ExportFile> copy = List.copyOf(files);
        return new ExportSource() {
            @Override
            public String description() {
                return "test export";
            }

            @Override
            public List<ExportFile> files() {
                return copy;
            }

            @Override
            public void close() {
            }
        };
    }

    private record TestFile(boolean complete, List<CatalogRecord> records) {
    }

    private record TestFeed(Boolean complete, List<Object> items) {
    }

    private static final class Provider implements ExportParserProvider {
        @Override
        public String name() {
            return "test-export";
        }

        @Override
        public boolean recognizes(byte[] head, int length) {
            String text = new String(head, 0, length, StandardCharsets.UTF_8);
            return text.startsWith(MAGIC) || text.startsWith(FEED_MAGIC);
        }

        @Override
        public ExportParser newParser() {
            return (fileName, in, handler) -> {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (text.startsWith(FEED_MAGIC)) {
                    readFeed(FEEDS.get(text.substring(FEED_MAGIC.length(), text.indexOf('\n'))), fileName, handler);
                    return;
                }
                String id = text.substring(MAGIC.length(), text.indexOf('\n'));
                TestFile file = FILES.get(id);
                handler.onDocument(new DocumentHeader(fileName, "test", "1", "UTF-8"));
                for (PackageKind kind : PackageKind.values()) {
                    handler.onPackage(new PackageHeader(kind, "p", !file.complete(), 1));
                }
                long line = 1;
                for (CatalogRecord record : file.records()) {
                    handler.onRecord(record, line++);
                }
            };
        }

        private static void readFeed(TestFeed feed, String fileName, RecordHandler handler) {
            handler.onDocument(new DocumentHeader(fileName, "test-feed", null, "UTF-8"));
            handler.onScope(new Scope("products", feed.complete(), 1));
            long line = 2;
            for (Object item : feed.items()) {
                if (item instanceof FeedProduct product) {
                    handler.onFeedProduct(product, line++);
                } else {
                    Skipped skipped = (Skipped) item;
                    handler.onSkipped(EntityType.PRODUCT, skipped.sku(), skipped.reason(), line++);
                }
            }
        }
    }
}
