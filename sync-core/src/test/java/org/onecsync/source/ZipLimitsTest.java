package org.onecsync.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ZipLimitsTest {

    @Test
    void defaultsAllowFourGibPerEntrySixteenInTotalAndHundredThousandEntries() {
        ZipLimits limits = ZipLimits.defaults();

        assertEquals(4_294_967_296L, limits.maxEntrySize());
        assertEquals(17_179_869_184L, limits.maxTotalSize());
        assertEquals(100_000, limits.maxEntries());
    }

    @Test
    void rejectsNonPositiveLimits() {
        IllegalArgumentException entry = assertThrows(IllegalArgumentException.class,
                () -> new ZipLimits(0, 1, 1));
        IllegalArgumentException total = assertThrows(IllegalArgumentException.class,
                () -> new ZipLimits(1, -5, 1));
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
                () -> new ZipLimits(1, 1, 0));

        assertEquals("maxEntrySize must be positive, was 0", entry.getMessage());
        assertEquals("maxTotalSize must be positive, was -5", total.getMessage());
        assertEquals("maxEntries must be positive, was 0", count.getMessage());
    }
}
