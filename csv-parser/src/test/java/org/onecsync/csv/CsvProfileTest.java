package org.onecsync.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecsync.parse.ParseException;

class CsvProfileTest {

    private static CsvProfile load(String text) throws IOException {
        return CsvProfile.load(new ByteArrayInputStream(text.getBytes(UTF_8)), "supplier.properties");
    }

    @Test
    void loadsEveryKeyFromUtf8Properties() throws IOException {
        CsvProfile p = load("""
                encoding=windows-1251
                separator=tab
                header=false
                skipLines=2
                decimalSeparator=,
                column.sku=Артикул
                column.name=Наименование, Название
                column.price=3
                price.Оптовая=Цена опт.
                stock.Склад\\ МСК=7
                categorySeparator=>
                full=true
                """);
        assertEquals(Charset.forName("windows-1251"), p.encoding());
        assertEquals('\t', p.separator());
        assertFalse(p.header());
        assertEquals(2, p.skipLines());
        assertEquals(',', p.decimalSeparator());
        assertEquals(Map.of("sku", List.of("Артикул"), "name", List.of("Наименование", "Название"),
                "price", List.of("3")), p.columns());
        assertEquals(Map.of("Оптовая", "Цена опт."), p.priceColumns());
        assertEquals(Map.of("Склад МСК", "7"), p.stockColumns());
        assertEquals(">", p.categorySeparator());
        assertTrue(p.full());
    }

    @Test
    void defaultsAreAutomatic() throws IOException {
        CsvProfile p = load("");
        assertNull(p.encoding());
        assertNull(p.separator());
        assertTrue(p.header());
        assertEquals(0, p.skipLines());
        assertNull(p.decimalSeparator());
        assertNull(p.categorySeparator());
        assertFalse(p.full());
        assertEquals(p, CsvProfile.automatic());
    }

    @Test
    void acceptsEscapedTabAndPipeSeparators() throws IOException {
        assertEquals('\t', load("separator=\\\\t").separator());
        assertEquals('|', load("separator=|").separator());
        assertNull(load("separator=auto").separator());
    }

    @Test
    void unknownKeyFailsNamingFileAndKey() {
        ParseException e = assertThrows(ParseException.class, () -> load("colum.sku=Артикул\n"));
        assertTrue(e.getMessage().startsWith("supplier.properties: key 'colum.sku': unknown key;"), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'));
    }

    @Test
    void unknownFieldFailsNamingFileAndKey() {
        ParseException e = assertThrows(ParseException.class, () -> load("column.colour=Цвет\n"));
        assertTrue(e.getMessage().startsWith("supplier.properties: key 'column.colour': unknown field 'colour'"),
                e.getMessage());
    }

    @Test
    void badValuesFailNamingFileAndKey() {
        assertEquals("supplier.properties: key 'separator': separator must be auto, ;, ,, tab or |, not ':'",
                assertThrows(ParseException.class, () -> load("separator=:")).getMessage());
        assertEquals("supplier.properties: key 'header': expected true or false, not 'yes'",
                assertThrows(ParseException.class, () -> load("header=yes")).getMessage());
        assertEquals("supplier.properties: key 'skipLines': expected a number 0 or more, not '-1'",
                assertThrows(ParseException.class, () -> load("skipLines=-1")).getMessage());
        assertEquals("supplier.properties: key 'encoding': unknown encoding 'koi9'",
                assertThrows(ParseException.class, () -> load("encoding=koi9")).getMessage());
        assertEquals("supplier.properties: key 'column.sku': column numbers start at 1, not 0",
                assertThrows(ParseException.class, () -> load("column.sku=0")).getMessage());
    }

    @Test
    void builderRefusesAnUnknownField() {
        assertThrows(IllegalArgumentException.class, () -> CsvProfile.builder().column("colour", "Цвет"));
    }
}
