package org.onecsync.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonNumbersTest {

    @Test
    void decimalCommaAndPointGiveTheSameExactValue() {
        assertEquals(new BigDecimal("1234.50"), JsonNumbers.parse("1234,50"));
        assertEquals(new BigDecimal("1234.50"), JsonNumbers.parse("1234.50"));
    }

    @Test
    void groupingBySpaceNbspAndNarrowNbspIsDropped() {
        assertEquals(new BigDecimal("1234567.5"), JsonNumbers.parse("1 234 567,5"));
        assertEquals(new BigDecimal("1234.50"), JsonNumbers.parse("1\u00A0234,50"));
        assertEquals(new BigDecimal("1234.50"), JsonNumbers.parse("1\u202F234,50"));
    }

    @Test
    void signsAndBareFractionsAreAccepted() {
        assertEquals(new BigDecimal("-5"), JsonNumbers.parse("-5"));
        assertEquals(new BigDecimal("5"), JsonNumbers.parse("+5"));
        assertEquals(new BigDecimal("0.5"), JsonNumbers.parse(",5"));
        assertEquals(new BigDecimal("5"), JsonNumbers.parse(" 5 "));
    }

    @Test
    void ambiguousOrNonNumericTextIsRefused() {
        // "1,234.50" is a thousands comma or a decimal comma followed by junk: refused rather than guessed.
        assertNull(JsonNumbers.parse("1,234.50"));
        assertNull(JsonNumbers.parse("1.2.3"));
        assertNull(JsonNumbers.parse("1e5"));
        assertNull(JsonNumbers.parse("100 руб."));
        assertNull(JsonNumbers.parse("NaN"));
        assertNull(JsonNumbers.parse("-"));
    }

    @Test
    void rangeAllowsPricesAndQuantitiesOnly() {
        // The store's limits (StoreLimits): 15 digits before the point, 6 after, trailing zeros aside.
        assertNull(JsonNumbers.outOfRange(new BigDecimal("999999999999999.000001")));
        assertEquals("is too large (more than 15 digits before the decimal point)",
                JsonNumbers.outOfRange(new BigDecimal("1e15")));
        assertEquals("has more than 6 digits after the decimal point",
                JsonNumbers.outOfRange(new BigDecimal("0.0000001")));
        assertNull(JsonNumbers.outOfRange(new BigDecimal("1.50000000000000000000")));
    }
}
