package org.onecsync.commerceml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void readsDecimalCommaWithNonBreakingThousandsSeparators() {
        assertEquals(new BigDecimal("6990.50"), Values.decimal("6\u00A0990,50"));
        assertEquals(new BigDecimal("1234"), Values.decimal(" 1 234 "));
    }

    @Test
    void readsNumericSentinelAsNoValueInBothSpellings() {
        assertNull(Values.decimal("-999999999.9"));
        assertNull(Values.value("-999\u00A0999\u00A0999,9"));
        assertNull(Values.value("-999 999 999,9"));
    }

    @Test
    void readsZeroGuidAsNoValue() {
        assertNull(Values.ref("00000000-0000-0000-0000-000000000000"));
        assertNull(Values.value(" 00000000-0000-0000-0000-000000000000 "));
    }

    @Test
    void keepsTextThatOnlyLooksPartlyNumeric() {
        assertEquals("1,5 кг", Values.value("1,5 кг"));
        assertEquals("007", Values.value("007"));
        assertEquals("21.6", Values.value("21,6"));
    }

    @Test
    void recognisesNumbersOnlyWithProperThousandsGroups() {
        assertEquals("1234567.5", Values.value("1 234 567,5"));
        assertEquals("12 34", Values.value("12 34"));
        assertEquals("1164447c-a89e-11ef-886d-fa163e775e1f", Values.value("1164447c-a89e-11ef-886d-fa163e775e1f"));
        assertEquals("5.", Values.value("5."));
        assertEquals("-", Values.value("-"));
    }

    @Test
    void rejectsAmountThatIsNotANumber() {
        assertThrows(NumberFormatException.class, () -> Values.decimal("сто"));
    }

    @Test
    void readsSloppyDates() {
        assertEquals(LocalDateTime.of(2014, 6, 1, 0, 36, 33), Values.dateTime("2014-06-01T0:36:33", null));
        assertEquals(LocalDateTime.of(2007, 10, 30, 0, 0), Values.dateTime("2007-10-30", null));
        assertEquals(LocalDateTime.of(2007, 10, 30, 15, 19, 27), Values.dateTime("2007-10-30", "15:19:27"));
        assertNull(Values.dateTime("0001-01-01T00:00:00", null));
    }

    @Test
    void readsOnlyLiteralTrueAsTrue() {
        assertEquals(Boolean.TRUE, Values.bool("true"));
        assertEquals(Boolean.FALSE, Values.bool("false"));
        assertNull(Values.bool(" "));
    }
}
