package org.onecsync.json.internal;

import java.io.IOException;
import java.io.InputStream;
import org.onecsync.model.EntityType;
import org.onecsync.parse.DocumentHeader;
import org.onecsync.parse.Scope;
import org.onecsync.spi.ExportParser;
import org.onecsync.spi.RecordHandler;

/**
 * The parser SPI's face of {@link JsonFeedReader}: one JSON feed in, its products out as
 * {@link org.onecsync.feed.FeedProduct}s, one at a time.
 *
 * <p>What the handler hears, in order: the {@link DocumentHeader} (format {@value #FORMAT}, UTF-8), then the
 * products and skipped products as the array is read, and the {@link Scope} named {@value #SCOPE} where the body
 * says it: at its {@code mode} field, which may come before or after the products (the engine resolves a late
 * scope for the file's earlier records), or after the body's last token when there is none. A broken body stops
 * the read with a {@link org.onecsync.parse.ParseException} and nothing more is heard; what was already heard is
 * rolled back by the engine. {@code token} and {@code sync_id} go nowhere: the first is a credential, the second
 * is the endpoint's business.
 *
 * <p>Not thread-safe in principle, stateless in fact: each {@link #parse} reads one file.
 */
public final class JsonFeedParser implements ExportParser {

    /** The format's name in reports and in {@link DocumentHeader#format()}. */
    public static final String FORMAT = "json";
    /** The name of the scope a feed announces for its products. */
    public static final String SCOPE = "products";

    /** A parser; it takes no settings, the feed's defaults (price types) being the engine's. */
    public JsonFeedParser() {
    }

    @Override
    public void parse(String fileName, InputStream in, RecordHandler handler) throws IOException {
        // Jackson also reads UTF-16 and UTF-32, but 1C's ЗаписатьJSON and every endpoint of docs/feeds.md use UTF-8.
        handler.onDocument(new DocumentHeader(fileName, FORMAT, null, "UTF-8"));
        JsonFeedReader.read(in, fileName, new Listener(handler));
    }

    /** The reading layer's events as the handler's; kept private so the listener's methods stay internal. */
    private record Listener(RecordHandler handler) implements JsonFeedListener {

        @Override
        public void product(JsonProduct product, long line) {
            handler.onFeedProduct(JsonFeedProducts.toFeed(product), line);
        }

        @Override
        public void problem(JsonProblem problem, long line) {
            String sku = problem.sku() == null || problem.sku().isBlank() ? null : problem.sku();
            handler.onSkipped(EntityType.PRODUCT, sku, JsonFeedProducts.reason(problem), line);
        }

        @Override
        public void mode(boolean full, long line) {
            handler.onScope(full ? Scope.complete(SCOPE, line) : Scope.changes(SCOPE, line));
        }
    }
}
