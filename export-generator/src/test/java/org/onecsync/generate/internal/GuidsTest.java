package org.onecsync.generate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuidsTest {

    @Test
    void looksLikeA1cGuid() {
        String guid = Guids.of(1, Guids.PRODUCT, 0);

        assertTrue(guid.matches("[0-9a-f]{8}-[0-9a-f]{4}-11e[9a-f]-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), guid);
    }

    @Test
    void isDeterministic() {
        assertEquals(Guids.of(42, Guids.VARIANT, 12_345), Guids.of(42, Guids.VARIANT, 12_345));
        assertNotEquals(Guids.of(42, Guids.VARIANT, 12_345), Guids.of(43, Guids.VARIANT, 12_345));
    }

    @Test
    void neverRepeatsWithinAKind() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            assertTrue(seen.add(Guids.of(1, Guids.PRODUCT, i)), "product " + i);
        }
    }

    @Test
    void differsAcrossKinds() {
        Set<String> seen = new HashSet<>();
        for (int kind = Guids.CATALOG; kind <= Guids.FILE; kind++) {
            for (int i = 0; i < 1000; i++) {
                assertTrue(seen.add(Guids.of(9, kind, i)), kind + "/" + i);
            }
        }
    }

    @Test
    void fileNameGuidsAreVersion4() {
        String guid = Guids.random(1, 6_000_000_001L);

        assertTrue(guid.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), guid);
    }
}
