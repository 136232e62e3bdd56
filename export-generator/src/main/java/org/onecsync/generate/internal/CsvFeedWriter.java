package org.onecsync.generate.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * Writes a CSV feed as price-list uploads from 1C arrive: windows-1251, {@code ;}, CRLF line ends, a header
 * of Russian names, decimal commas with NBSP grouping, {@code Да}/{@code Нет}, and fields quoted (quotes
 * doubled) only when they hold the separator, a quote or a line break. Backslashes are written as they are.
 */
public final class CsvFeedWriter {

    /** The feed's encoding. */
    public static final Charset ENCODING = Charset.forName("windows-1251");

    /** The header row, in names the CSV reader's alias dictionary knows. */
    public static final String HEADER = "Артикул;Наименование;Описание;Цена;Старая цена;Остаток;Категория;"
            + "Активность;Штрихкод;Ед. изм.";

    private CsvFeedWriter() {
    }

    /**
     * @param out where the bytes go; flushed, not closed
     * @param products the product source
     * @param count how many products
     * @throws IOException if the stream cannot be written, or a text has a character windows-1251 lacks
     */
    public static void write(OutputStream out, FeedProducts products, int count) throws IOException {
        CharsetEncoder encoder = ENCODING.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, encoder), 1 << 16);
        w.write(HEADER);
        w.write("\r\n");
        for (int i = 0; i < count; i++) {
            FeedProduct p = products.build(i);
            cell(w, p.sku(), false);
            cell(w, p.name(), true);
            cell(w, p.description(), true);
            cell(w, FeedProduct.commaAmount(p.price(), Numbers.NBSP), true);
            cell(w, p.oldPrice() < 0 ? "" : FeedProduct.commaAmount(p.oldPrice(), Numbers.NBSP), true);
            cell(w, Long.toString(p.stock()), true);
            cell(w, p.category(), true);
            cell(w, p.active() ? "Да" : "Нет", true);
            cell(w, p.barcode(), true);
            cell(w, p.unit(), true);
            w.write("\r\n");
        }
        w.flush();
    }

    private static void cell(Writer w, String value, boolean separated) throws IOException {
        if (separated) {
            w.write(';');
        }
        if (value.indexOf(';') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            w.write('"');
            w.write(value.replace("\"", "\"\""));
            w.write('"');
        } else {
            w.write(value);
        }
    }
}
