package org.onecsync.csv;

import org.onecsync.csv.internal.CsvExportParser;
import org.onecsync.spi.ExportParser;
import org.onecsync.spi.ExportParserProvider;
import org.onecsync.spi.FileHints;
import org.onecsync.spi.ParserOptions;

/**
 * Reads CSV price lists and catalogs ({@code docs/feeds.md}) as feed products: one {@code FeedProduct} per row,
 * a bad row skipped with its line and reason, the products announced as the complete list when the profile
 * says {@code full=true} and as changes otherwise.
 *
 * <p>CSV cannot be told from other text by its content, so a file is claimed by its name ({@code .csv},
 * {@code .tsv}) or its declared media type ({@code text/csv}, …), or when the format is forced
 * ({@link ParserOptions#withFormat(String) withFormat("csv")}). A file so named that turns out to be XML is left
 * to CommerceML; one that turns out to be binary is claimed and fails with one line, rather than being skipped
 * as if it were not meant to be read.
 *
 * <p>Settings: a {@link CsvProfile} given with {@link ParserOptions#with(Class, Object)}; without one the
 * encoding and separator are sniffed and the columns found by the built-in dictionary of header names.
 *
 * <p>Stateless and thread-safe; found by {@link java.util.ServiceLoader} under the name {@value #NAME}.
 */
public final class CsvParserProvider implements ExportParserProvider {

    /** The format's name, for {@code --format csv} and {@link ParserOptions#withFormat(String)}. */
    public static final String NAME = "csv";

    private static final String[] EXTENSIONS = {"csv", "tsv"};

    private static final String[] MEDIA_TYPES = {"text/csv", "text/tab-separated-values", "application/csv",
        "text/comma-separated-values"};

    /** Creates the provider; it has no settings of its own. */
    public CsvParserProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Always {@code false}: without a name or a media type, any text file would pass for CSV.
     */
    @Override
    public boolean recognizes(byte[] head, int length) {
        return false;
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code true} for a {@code .csv} or {@code .tsv} name or a CSV media type, unless the content starts
     * (after a BOM and white space) with {@code <}: XML named {@code .csv} is CommerceML's to read.
     */
    @Override
    public boolean recognizes(byte[] head, int length, FileHints hints) {
        if (hints == null || !hints.hasExtension(EXTENSIONS) && !hints.hasMediaType(MEDIA_TYPES)) {
            return false;
        }
        return !startsLikeXml(head, length);
    }

    @Override
    public ExportParser newParser() {
        return new CsvExportParser(CsvProfile.automatic());
    }

    @Override
    public ExportParser newParser(ParserOptions options) {
        return new CsvExportParser(options.get(CsvProfile.class).orElseGet(CsvProfile::automatic));
    }

    private static boolean startsLikeXml(byte[] head, int length) {
        int i = 0;
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i < length && head[i] == '<';
    }
}
