package org.onecsync.generate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void pricePresentationGroupsThousandsWithNonBreakingSpaces() {
        assertEquals("6\u00A0990 руб", Numbers.pricePresentation(699_000));
        assertEquals("12\u00A0345\u00A0678 руб", Numbers.pricePresentation(1_234_567_800));
        assertEquals("990 руб", Numbers.pricePresentation(99_000));
    }

    @Test
    void pricePresentationShowsKopecksWithTwoDigits() {
        assertEquals("4\u00A0625,50 руб", Numbers.pricePresentation(462_550));
        assertEquals("0,05 руб", Numbers.pricePresentation(5));
    }

    @Test
    void pricePerUnitIsAPlainDecimal() {
        assertEquals("6990", Numbers.price(699_000));
        assertEquals("4625.5", Numbers.price(462_550));
        assertEquals("1234.05", Numbers.price(123_405));
    }

    @Test
    void characteristicsUseDecimalCommas() {
        assertEquals("21,6", Numbers.group(216, 1));
        assertEquals("2,16", Numbers.group(216, 2));
        assertEquals("1\u00A0250", Numbers.group(12_500, 1));
        assertEquals("-999\u00A0999\u00A0999,9", Numbers.SENTINEL_GROUPED);
    }

    @Test
    void propertyValuesUsePlainDecimals() {
        assertEquals("21.6", Numbers.plain(216, 1));
        assertEquals("40", Numbers.plain(400, 1));
        assertEquals("2.1", Numbers.plain(210, 2));
        assertEquals("-999999999.9", Numbers.plain(-9_999_999_999L, 1));
    }

    @Test
    void versionStampIsBase64OfABigEndianCounter() {
        assertEquals("AAAAAAAAAAE=", Numbers.versionStamp(1));
        assertEquals("AAAAAAAAAAI=", Numbers.versionStamp(2));
        assertEquals("AAAAAAAAAQA=", Numbers.versionStamp(256));
    }
}
