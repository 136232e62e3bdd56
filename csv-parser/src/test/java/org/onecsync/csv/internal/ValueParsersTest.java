package org.onecsync.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.feed.CategoryPaths;

class ValueParsersTest {

    private final DecimalParser auto = new DecimalParser(null);

    @Test
    void decimalsAcceptCommaGroupingSpacesAndCurrencies() {
        assertEquals(new BigDecimal("1234.50"), auto.parse("1234,50"));
        assertEquals(new BigDecimal("1234.50"), auto.parse("1 234,50"));
        assertEquals(new BigDecimal("1234.50"), auto.parse("1\u00A0234,50"));
        assertEquals(new BigDecimal("1234.50"), auto.parse("1\u202F234,50 руб."));
        assertEquals(new BigDecimal("1234.50"), auto.parse("1 234,50р."));
        assertEquals(new BigDecimal("1234.50"), auto.parse("1 234,50 ₽"));
        assertEquals(new BigDecimal("99"), auto.parse("99 RUB"));
        assertEquals(new BigDecimal("12.5"), auto.parse("$12.5"));
        assertEquals(new BigDecimal("12.5"), auto.parse("12.5 USD"));
        assertEquals(new BigDecimal("1234567.8"), auto.parse("1.234.567,8"));
        assertEquals(new BigDecimal("1234567"), auto.parse("1,234,567"));
        assertEquals(new BigDecimal("-3"), auto.parse("-3"));
    }

    @Test
    void configuredDecimalSeparatorMakesTheOtherSignGrouping() {
        assertEquals(new BigDecimal("1234"), new DecimalParser('.').parse("1,234"));
        assertEquals(new BigDecimal("1234"), new DecimalParser(',').parse("1.234"));
    }

    @Test
    void decimalsRefuseText() {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> auto.parse("12 руб 50 коп"));
        assertEquals("'12 руб 50 коп' is not a number", e.getMessage());
        assertThrows(NumberFormatException.class, () -> auto.parse("1,2,3.4.5"));
        assertThrows(NumberFormatException.class, () -> auto.parse("руб."));
    }

    @Test
    void groupingSignsMustGroupThousandsRatherThanBeDropped() {
        assertEquals("'1,2,3' is not a number",
                assertThrows(NumberFormatException.class, () -> auto.parse("1,2,3")).getMessage());
        assertThrows(NumberFormatException.class, () -> auto.parse("12,34,567"));
        assertThrows(NumberFormatException.class, () -> new DecimalParser('.').parse("1,5"));
        assertThrows(NumberFormatException.class, () -> new DecimalParser(',').parse("1,000.5"));
        assertEquals(new BigDecimal("1234567.89"), new DecimalParser('.').parse("1,234,567.89"));
    }

    @Test
    void booleansAcceptRussianExcelAndEnglishSpellingsInAnyCase() {
        for (String yes : List.of("Да", "ДА", "ИСТИНА", "истина", "1", "true", "TRUE", "Yes", "yes")) {
            assertTrue(BooleanParser.parse(yes), yes);
        }
        for (String no : List.of("Нет", "нет", "ЛОЖЬ", "0", "false", "No", "NO")) {
            assertFalse(BooleanParser.parse(no), no);
        }
        assertThrows(IllegalArgumentException.class, () -> BooleanParser.parse("наверное"));
    }

    @Test
    void categoryPathsAreSniffedPerValueBySyncCoresRule() {
        // The rule lives in sync-core (CategoryPaths), shared with JSON; these are the cases CSV feeds bring.
        assertEquals(List.of("Инструмент", "Наборы"), CategoryPaths.split("Инструмент / Наборы", null));
        assertEquals(List.of("a", "b", "c"), CategoryPaths.split("a|b|c", null));
        assertEquals(List.of("a", "b"), CategoryPaths.split("a > b", null));
        assertEquals(List.of("Крепёж", "Болты/гайки"), CategoryPaths.split("Крепёж / Болты/гайки", null));
        assertEquals(List.of("Болты/гайки"), CategoryPaths.split("Болты/гайки", null));
        assertEquals(List.of("a", "b"), CategoryPaths.split("a\\b\\", "\\"));
    }

    @Test
    void headerAliasesIgnoreCaseYoSpacesAndPunctuation() {
        assertEquals("sku", HeaderAliases.field("артикул"));
        assertEquals("sku", HeaderAliases.field("Reference #"));
        assertEquals("sku", HeaderAliases.field(" КОД ТОВАРА "));
        assertEquals("sku", HeaderAliases.field("vendor-code"));
        assertEquals("stock", HeaderAliases.field("Кол-во"));
        assertEquals("stock", HeaderAliases.field("Quantity"));
        assertEquals("unit", HeaderAliases.field("ед изм"));
        assertEquals("oldPrice", HeaderAliases.field("Старая цёна"));
        assertEquals("price", HeaderAliases.field("Цена продажи"));
        assertEquals("category", HeaderAliases.field("Категория"));
        assertEquals("active", HeaderAliases.field("Published"));
        assertEquals("barcode", HeaderAliases.field("EAN"));
        assertEquals("externalId", HeaderAliases.field("GUID"));
        assertNull(HeaderAliases.field("Цвет"));
    }

    @Test
    void priceTypeAndWarehouseColumnsAreAliasPlusName() {
        assertEquals("опт.", HeaderAliases.priceType("Цена опт."));
        assertEquals("опт", HeaderAliases.priceType("Цена: опт"));
        assertEquals("wholesale", HeaderAliases.priceType("Price wholesale"));
        assertEquals("СПб", HeaderAliases.warehouse("Остаток СПб"));
        assertEquals("МСК", HeaderAliases.warehouse("Кол-во МСК"));
        assertNull(HeaderAliases.priceType("Цена"));
        assertNull(HeaderAliases.warehouse("Склад"));
    }

    @Test
    void separatorIsSniffedOutsideQuotes() {
        assertEquals(';', SeparatorSniffer.sniff("Артикул;\"Наименование, полное\";Цена"));
        assertEquals(',', SeparatorSniffer.sniff("sku,\"name; full\",price"));
        assertEquals('\t', SeparatorSniffer.sniff("a\tb\tc"));
        assertEquals('|', SeparatorSniffer.sniff("a|b|c"));
        assertEquals(';', SeparatorSniffer.sniff("single"));
    }
}
