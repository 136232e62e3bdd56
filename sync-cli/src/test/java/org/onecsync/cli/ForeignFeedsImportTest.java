package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds as other people write them, imported with exactly the values they hold, read back through the views:
 * a windows-1251 tab-separated list with alias headers, NBSP grouping, a currency word and a quoted multi-line
 * description with doubled quotes and backslashes; a UTF-8 (BOM) comma-separated list read by a profile with two
 * price and two warehouse columns; a JSON push with every variant of docs/feeds.md.
 */
@Timeout(60)
class ForeignFeedsImportTest {

    @TempDir
    Path tmp;

    private String db() {
        return tmp.resolve("shop.db").toString();
    }

    private List<List<String>> rows(String sql) throws SQLException {
        return SmallExport.rows("jdbc:sqlite:" + db(), sql);
    }

    /** Numbers as plain decimals without trailing zeros, whatever the database's number text. */
    private List<List<String>> numbers(String sql) throws SQLException {
        return rows(sql).stream().map(row -> row.stream().map(cell -> {
            try {
                return new BigDecimal(cell).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException | NullPointerException e) {
                return cell;
            }
        }).toList()).toList();
    }

    private CliRun importing(Path file, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "import";
        args[1] = file.toString();
        args[2] = "--db=" + db();
        System.arraycopy(more, 0, args, 3, more.length);
        return CliRun.of(args);
    }

    @Test
    void aWindows1251TabSeparatedListWithAliasHeadersKeepsEveryValue() throws Exception {
        Path file = tmp.resolve("price-list.csv");
        String description = "<p>Дрель \"Мастер\";\r\n1 скорость</p> C:\\Инструмент\\";
        Files.write(file, ("Код товара\tНазвание\tОписание\tЦена продажи\tКол-во\tКатегория\tАктивность\r\n"
                + "K-1\tДрель\t\"" + description.replace("\"", "\"\"") + "\"\t1\u00A0234,50 руб.\t7\t"
                + "Инструмент / Дрели\tДа\r\n"
                + "K-2\tПила\t\tдорого\t1\tИнструмент\tДа\r\n"
                + "K-3\tНож\t\t1\u00A0000\t0\tИнструмент\tНет\r\n").getBytes(Charset.forName("windows-1251")));

        CliRun run = importing(file);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("K-2  price-list.csv:4  price: 'дорого' is not a number"), run.out());
        // A line break inside a quoted field is read as \n, whatever the file's line ends.
        assertEquals(List.of(List.of("K-1", "Дрель", description.replace("\r\n", "\n"), "true"), Arrays.asList("K-3", "Нож", null, "false")),
                rows("SELECT sku, name, description, active FROM onecsync_product_v ORDER BY sku"));
        // K-3 is sent inactive: the product alone is stored, inactive.
        assertEquals(List.of(List.of("K-1", "Розничная", "1234.5")),
                numbers("SELECT p.sku, x.price_type_name, x.amount FROM onecsync_price_v x"
                        + " JOIN onecsync_product_v p ON p.product_id = x.product_id ORDER BY p.sku"));
        assertEquals(List.of(List.of("K-1", "7")), numbers("SELECT p.sku, x.quantity FROM onecsync_stock_v x"
                + " JOIN onecsync_product_v p ON p.product_id = x.product_id WHERE x.warehouse_id IS NULL"
                + " AND p.sku = 'K-1'"));
        assertEquals(List.of(List.of("Инструмент / Дрели")), rows("SELECT c.path FROM onecsync_category_v c"
                + " JOIN onecsync_product_v p ON p.category_id = c.category_id WHERE p.sku = 'K-1'"));
    }

    @Test
    void aProfileWithTwoPriceAndTwoWarehouseColumnsFillsEachPriceTypeAndWarehouse() throws Exception {
        Path file = tmp.resolve("supplier.csv");
        Files.write(file, ("\uFEFFАртикул поставщика,Наименование,Цена розн.,Цена опт.,Остаток МСК,Остаток СПб\n"
                + "S-1,\"Чайник, белый\",\"1 234,50\",\"1 000,00\",3,4\n").getBytes(StandardCharsets.UTF_8));
        Path profile = tmp.resolve("supplier.properties");
        Files.writeString(profile, String.join("\n", "separator=,", "decimalSeparator=,",
                "column.sku=Артикул поставщика", "column.name=Наименование", "price.Розничная=Цена розн.",
                "price.Оптовая=Цена опт.", "stock.Москва=Остаток МСК", "stock.Санкт-Петербург=Остаток СПб", ""));

        CliRun run = importing(file, "--profile", profile.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(List.of("S-1", "Чайник, белый")), rows("SELECT sku, name FROM onecsync_product_v"));
        assertEquals(List.of(List.of("Оптовая", "1000"), List.of("Розничная", "1234.5")),
                numbers("SELECT price_type_name, amount FROM onecsync_price_v ORDER BY price_type_name"));
        assertEquals(List.of(List.of("Москва", "3"), List.of("Санкт-Петербург", "4")),
                numbers("SELECT warehouse_name, quantity FROM onecsync_stock_v ORDER BY warehouse_name"));
    }

    @Test
    void aJsonPushWithEveryVariantKeepsEveryValue() throws Exception {
        Path file = tmp.resolve("push.json");
        Files.write(file, ("\uFEFF{\"token\":\"t\",\"sync_id\":\"42\",\"mode\":\"changes\",\"products\":[{"
                + "\"external_id\":\"6f1c-guid\",\"sku\":\"A-1\",\"name\":\"Перфоратор\",\"description\":\"Мощный\","
                + "\"price\":\"1 234,50\",\"old_price\":1500,\"unit\":\"шт\",\"barcodes\":[\"4600000000017\"],"
                + "\"images\":[\"a1.jpg\"],\"category\":\"Инструмент > Перфораторы\",\"is_active\":true,"
                + "\"characteristics\":[{\"name\":\"Мощность\",\"value\":\"800 Вт\"}],"
                + "\"prices\":[{\"type\":\"Оптовая\",\"value\":\"990,5\",\"currency\":\"RUB\"}],"
                + "\"stocks\":[{\"warehouse\":\"Основной\",\"quantity\":5}],"
                + "\"variants\":[{\"sku\":\"A-1-RED\",\"characteristics\":{\"Цвет\":\"Красный\"},"
                + "\"price\":1300,\"stock\":\"2\"}]}]}").getBytes(StandardCharsets.UTF_8));

        CliRun run = importing(file);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(List.of("6f1c-guid", "A-1", "Перфоратор", "Мощный", "шт", "4600000000017")),
                rows("SELECT product_id, sku, name, description, unit, barcode FROM onecsync_product_v"));
        assertEquals(List.of(List.of("A-1-RED", "Оптовая", "990.5"), List.of("A-1-RED", "Розничная", "1300"),
                        List.of("A-1-RED", "Старая цена", "1500")),
                numbers("SELECT COALESCE(o.sku, x.product_id), x.price_type_name, x.amount FROM onecsync_price_v x"
                        + " LEFT JOIN onecsync_offer_v o ON o.offer_key = x.offer_key AND x.variant_id IS NOT NULL"
                        + " ORDER BY 1, 2"));
        assertEquals(List.of(List.of("6f1c-guid", "Основной", "5"), Arrays.asList("A-1-RED", null, "2")),
                numbers("SELECT COALESCE(o.sku, x.product_id), x.warehouse_name, x.quantity FROM onecsync_stock_v x"
                        + " LEFT JOIN onecsync_offer_v o ON o.offer_key = x.offer_key AND x.variant_id IS NOT NULL"
                        + " ORDER BY 1"));
        CliRun show = CliRun.of("show", "product", "A-1", "--db=" + db());
        assertEquals(0, show.exitCode(), show.err());
        String variant = rows("SELECT offer_key FROM onecsync_offer_v WHERE sku = 'A-1-RED'").get(0).get(0);
        assertEquals(String.join("\n", "Product 6f1c-guid", "  Name: Перфоратор", "  SKU: A-1",
                "  Category: Инструмент / Перфораторы", "  Unit: шт", "  Barcode: 4600000000017",
                "  Description: Мощный", "  Мощность: 800 Вт", "Offer " + variant + ": Перфоратор", "  Цвет: Красный",
                "  Prices: Розничная 1300 RUB; Оптовая 990.5 RUB; Старая цена 1500 RUB", "  Stock: total 2", ""),
                show.out().replace("\r\n", "\n"));
    }
}
