package org.onecsync.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import org.onecsync.csv.CsvProfile;
import org.onecsync.feed.FeedPrice;
import org.onecsync.feed.FeedProduct;
import org.onecsync.feed.FeedStock;
import org.onecsync.model.EntityType;
import org.onecsync.parse.DocumentHeader;
import org.onecsync.parse.Scope;
import org.onecsync.spi.ExportParser;
import org.onecsync.spi.RecordHandler;

/**
 * The CSV {@link ExportParser}: reads a feed with {@link CsvFeedReader} and hands each row to the engine as a
 * {@link FeedProduct}, each bad row as a skipped product. Public only so that {@code CsvParserProvider} can
 * create it; not API.
 */
public final class CsvExportParser implements ExportParser {

    /** The scope's name for a feed's products, as in {@link Scope}. */
    static final String SCOPE = "products";

    private final CsvProfile profile;

    /**
     * @param profile how the feed is written; {@link CsvProfile#automatic()} to sniff everything
     */
    public CsvExportParser(CsvProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    @Override
    public void parse(String fileName, InputStream in, RecordHandler handler) throws IOException {
        new CsvFeedReader(profile).read(in, fileName, new Forwarder(fileName, handler));
    }

    /** Turns the reader's rows into the handler's calls, announcing the file and its scope first. */
    private final class Forwarder implements CsvSink {
        private final String fileName;
        private final RecordHandler handler;
        private boolean scoped;

        Forwarder(String fileName, RecordHandler handler) {
            this.fileName = fileName;
            this.handler = handler;
        }

        @Override
        public void start(Charset charset) {
            handler.onDocument(new DocumentHeader(fileName, "csv", null, charset.name()));
        }

        @Override
        public void row(CsvRow row) {
            scope(row.line());
            handler.onFeedProduct(product(row), row.line());
        }

        @Override
        public void problem(CsvProblem problem) {
            scope(problem.line());
            handler.onSkipped(EntityType.PRODUCT, problem.sku(), problem.field() + ": " + problem.reason(),
                    problem.line());
        }

        /**
         * Announced at the first data row, not at the header: a feed with a header and no rows announces nothing,
         * so a broken export declared {@code full=true} cannot make every stored product missing.
         */
        private void scope(long line) {
            if (!scoped) {
                scoped = true;
                handler.onScope(profile.full() ? Scope.complete(SCOPE, line) : Scope.changes(SCOPE, line));
            }
        }
    }

    /** {@return the row as the engine takes it; an empty category path is "not given"} */
    static FeedProduct product(CsvRow row) {
        FeedProduct.Builder b = FeedProduct.builder()
                .externalId(row.externalId())
                .sku(row.sku())
                .name(row.name())
                .description(row.description())
                .categoryPath(row.categoryPath().isEmpty() ? null : row.categoryPath())
                .active(row.active())
                .barcodes(row.barcode() == null ? null : List.of(row.barcode()))
                .unit(row.unit());
        if (row.price() != null) {
            b.price(FeedPrice.price(row.price()));
        }
        if (row.oldPrice() != null) {
            b.price(FeedPrice.oldPrice(row.oldPrice()));
        }
        row.prices().forEach((type, amount) -> b.price(FeedPrice.named(type, amount, null)));
        if (row.stock() != null) {
            b.stock(FeedStock.total(row.stock()));
        }
        row.stocks().forEach((warehouse, quantity) -> b.stock(new FeedStock(warehouse, quantity)));
        return b.build();
    }
}
