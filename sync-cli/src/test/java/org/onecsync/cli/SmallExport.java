package org.onecsync.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written CommerceML 3.1 exports for CLI tests, in the shape 1C writes (see the fixture
 * {@code cml31-ut11-freesport}): one price type {@code retail} and one warehouse {@code main} in the classifier,
 * products in the catalog, and a package of offers with prices and stock; all partial packages. Plus plain SQL.
 */
final class SmallExport {

    static final String PRICE_TYPE = "retail";
    static final String WAREHOUSE = "main";

    private SmallExport() {
    }

    /** {@code <Товар>} with an id and a name, and more elements (a deletion mark, say). */
    static String product(String id, String name, String more) {
        return "<Товар><Ид>" + id + "</Ид><Наименование>" + name + "</Наименование>" + more + "</Товар>";
    }

    /** {@code <Предложение>} named, with a retail price and stock in the main warehouse (each left out when null). */
    static String offer(String id, String name, String price, String quantity) {
        return "<Предложение><Ид>" + id + "</Ид>" + (name == null ? "" : "<Наименование>" + name + "</Наименование>")
                + (price == null ? "" : "<Цены><Цена><ИдТипаЦены>" + PRICE_TYPE + "</ИдТипаЦены><ЦенаЗаЕдиницу>"
                        + price + "</ЦенаЗаЕдиницу><Валюта>RUB</Валюта></Цена></Цены>")
                + (quantity == null ? "" : "<Остатки><Остаток><Склад><Ид>" + WAREHOUSE + "</Ид><Количество>"
                        + quantity + "</Количество></Склад></Остаток></Остатки>")
                + "</Предложение>";
    }

    /** Writes {@code import.xml}: the classifier and a catalog of the products. */
    static void goods(Path folder, String... products) {
        write(folder.resolve("import.xml"), """
                <Классификатор СодержитТолькоИзменения="true"><Ид>cls</Ид><Наименование>Товары</Наименование>
                <ТипыЦен><ТипЦены><Ид>%s</Ид><Наименование>Розничная</Наименование><Валюта>RUB</Валюта></ТипЦены></ТипыЦен>
                <Склады><Склад><Ид>%s</Ид><Наименование>Основной склад</Наименование></Склад></Склады>
                </Классификатор>
                <Каталог СодержитТолькоИзменения="true"><Ид>cat</Ид><ИдКлассификатора>cls</ИдКлассификатора>
                <Наименование>Товары</Наименование><Товары>
                %s
                </Товары></Каталог>""".formatted(PRICE_TYPE, WAREHOUSE, String.join("\n", products)));
    }

    /** Writes {@code file}: a package of offers (named offers, or price-only and stock-only ones). */
    static void offers(Path folder, String file, String... offers) {
        write(folder.resolve(file), """
                <ПакетПредложений СодержитТолькоИзменения="true"><Ид>#cat</Ид><Наименование>Пакет предложений</Наименование>
                <ИдКаталога>cat</ИдКаталога><ИдКлассификатора>cls</ИдКлассификатора><Предложения>
                %s
                </Предложения></ПакетПредложений>""".formatted(String.join("\n", offers)));
    }

    private static void write(Path file, String body) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <КоммерческаяИнформация xmlns="urn:1C.ru:commerceml_3" ВерсияСхемы="3.1" \
                    ДатаФормирования="2026-01-15T10:00:00">
                    %s
                    </КоммерческаяИнформация>
                    """.formatted(body), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of a query, each column as {@link ResultSet#getString}, booleans as {@code true}/{@code false}. */
    static List<List<String>> rows(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<List<String>> result = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    boolean flag = meta.getColumnLabel(i).equals("active");
                    row.add(flag ? Boolean.toString(rows.getBoolean(i)) : rows.getString(i));
                }
                result.add(row);
            }
            return result;
        }
    }

    /** Runs statements on their own connection. */
    static void execute(String url, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String one : sql) {
                s.execute(one);
            }
        }
    }
}
