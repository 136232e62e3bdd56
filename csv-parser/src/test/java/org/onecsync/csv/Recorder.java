package org.onecsync.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/** Test helper: reads a file through {@link ExportReader} with the CSV provider and keeps every call, in order. */
final class Recorder implements RecordHandler {

    /** A product as the handler received it. */
    record Product(FeedProduct product, long line) {
    }

    /** A skipped row as the handler received it. */
    record Skipped(EntityType type, String key, String reason, long line) {
    }

    /** Every call, in order: {@link DocumentHeader}, {@link Scope}, {@link Product}, {@link Skipped}. */
    final List<Object> events = new ArrayList<>();
    FileOutcome outcome;

    static Recorder read(Path file) throws IOException {
        return read(file, null, ParserOptions.none());
    }

    static Recorder read(Path file, ParserOptions options) throws IOException {
        return read(file, null, options);
    }

    static Recorder read(Path file, String mediaType, ParserOptions options) throws IOException {
        Recorder recorder = new Recorder();
        recorder.outcome = new ExportReader(ParserRegistry.of(new CsvParserProvider()))
                .read(file(file, mediaType), recorder, options);
        return recorder;
    }

    /** The file as an export's file, named by its file name as an export names its files. */
    static ExportFile file(Path file, String mediaType) {
        return new ExportFile() {
            @Override
            public String path() {
                return file.getFileName().toString();
            }

            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return -1;
                }
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public String mediaType() {
                return mediaType;
            }
        };
    }

    List<FeedProduct> products() {
        return events.stream().filter(Product.class::isInstance).map(e -> ((Product) e).product()).toList();
    }

    List<Skipped> skipped() {
        return events.stream().filter(Skipped.class::isInstance).map(Skipped.class::cast).toList();
    }

    @Override
    public void onDocument(DocumentHeader header) {
        events.add(header);
    }

    @Override
    public void onScope(Scope scope) {
        events.add(scope);
    }

    @Override
    public void onFeedProduct(FeedProduct product, long line) {
        events.add(new Product(product, line));
    }

    @Override
    public void onSkipped(EntityType type, String key, String reason, long line) {
        events.add(new Skipped(type, key, reason, line));
    }

    @Override
    public void onRecord(CatalogRecord record, long line) {
        events.add(record);
    }
}
