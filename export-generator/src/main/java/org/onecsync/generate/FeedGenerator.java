package org.onecsync.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.onecsync.generate.internal.CsvFeedWriter;
import org.onecsync.generate.internal.FeedProducts;
import org.onecsync.generate.internal.JsonFeedWriter;

/**
 * Writes a deterministic CSV or JSON product feed, shaped like the feeds 1C setups send when they do not
 * speak CommerceML ({@code docs/feeds.md}), for tests and benchmarks.
 *
 * <p>Product {@code i} is derived from the seed and {@code i} alone, from the same product factory as
 * {@link ExportGenerator}, so its name, article, description, category and retail price look like those of
 * the CommerceML export. The same options give the same bytes, and a feed of N products holds exactly the
 * first N products of any bigger feed with the same seed. Products are generated and written one at a time,
 * so memory does not grow with their number.
 */
public final class FeedGenerator {

    private final FeedOptions options;

    /**
     * @param options what to write
     */
    public FeedGenerator(FeedOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Writes the feed into a folder, creating the folder as needed and replacing a file of the same name.
     *
     * @param outDir the folder
     * @return the file written: {@code outDir/}{@link FeedFormat#fileName()}
     * @throws IOException if the folder or the file cannot be written
     */
    public Path generate(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve(options.format().fileName());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(out);
        }
        return file;
    }

    /**
     * Writes the feed to a stream.
     *
     * @param out where the feed's bytes go; flushed, not closed
     * @throws IOException if the stream cannot be written
     */
    public void write(OutputStream out) throws IOException {
        FeedProducts products = new FeedProducts(options.seed());
        switch (options.format()) {
            case CSV -> CsvFeedWriter.write(out, products, options.products());
            case JSON -> JsonFeedWriter.write(out, products, options.products());
            default -> throw new IllegalStateException("unknown format " + options.format());
        }
        out.flush();
    }
}
