package org.onecsync.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.onecsync.feed.FeedProduct;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.parse.DocumentHeader;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.FileOutcome;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.parse.Scope;
import org.onecsync.source.ExportFile;
import org.onecsync.spi.ParserOptions;
import org.onecsync.spi.RecordHandler;

/**
 * Test helper: reads a file through {@link ExportReader} with only the JSON provider registered, and keeps every
 * event in order as one line of text ({@code product@3 A-1}, {@code scope@1 products complete=true}), with the
 * feed products themselves beside them.
 */
final class Recorder implements RecordHandler {

    final List<String> events = new ArrayList<>();
    final List<FeedProduct> products = new ArrayList<>();
    final List<Long> productLines = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    FileOutcome outcome;

    @Override
    public void onDocument(DocumentHeader header) {
        events.add("document " + header.fileName() + " " + header.format() + " " + header.version() + " "
                + header.encoding());
    }

    @Override
    public void onScope(Scope scope) {
        events.add("scope@" + scope.line() + " " + scope.name() + " complete=" + scope.complete());
    }

    @Override
    public void onFeedProduct(FeedProduct product, long line) {
        events.add("product@" + line + " " + product.sku());
        products.add(product);
        productLines.add(line);
    }

    @Override
    public void onSkipped(EntityType type, String key, String reason, long line) {
        String event = "skipped@" + line + " " + type + " " + key + " | " + reason;
        events.add(event);
        skipped.add(event);
    }

    @Override
    public void onRecord(CatalogRecord record, long line) {
        throw new AssertionError("a JSON feed has no CommerceML records: " + record);
    }

    FeedProduct only() {
        if (products.size() != 1 || !skipped.isEmpty()) {
            throw new AssertionError("expected one product, got " + events);
        }
        return products.get(0);
    }

    /** Reads a UTF-8 body named {@code feed.json}. */
    static Recorder read(String json) throws IOException {
        return read("feed.json", json.getBytes(StandardCharsets.UTF_8));
    }

    static Recorder read(String name, byte[] body) throws IOException {
        return read(file(name, null, () -> new ByteArrayInputStream(body)));
    }

    static Recorder read(ExportFile file) throws IOException {
        Recorder recorder = new Recorder();
        recorder.outcome = new ExportReader(ParserRegistry.of(new JsonParserProvider()))
                .read(file, recorder, ParserOptions.none());
        return recorder;
    }

    /** A file of the export, from memory or made on the fly. */
    static ExportFile file(String name, String mediaType, Supplier<InputStream> bytes) {
        return new ExportFile() {
            @Override
            public String path() {
                return name;
            }

            @Override
            public long size() {
                return -1;
            }

            @Override
            public InputStream open() {
                return bytes.get();
            }

            @Override
            public String mediaType() {
                return mediaType;
            }
        };
    }
}
