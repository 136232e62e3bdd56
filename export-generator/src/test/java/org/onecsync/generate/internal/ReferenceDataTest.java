package org.onecsync.generate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private static final ReferenceData REFS = ReferenceData.of(1);

    @Test
    void sameSeedGivesEqualReferenceData() {
        assertEquals(REFS, ReferenceData.of(1));
    }

    @Test
    void groupTreeIsFiveLevelsDeep() {
        assertEquals(125, REFS.groupCount());
        assertEquals(5, depth(REFS.groups()));
        assertTrue(REFS.leafGroups().stream().allMatch(g -> g.children().isEmpty()));
    }

    @Test
    void unitsArePaddedLike1cWritesThem() {
        assertEquals(18, REFS.units().size());
        assertEquals("796 ", REFS.units().get(0).code());
        assertEquals(100, REFS.units().get(1).fullName().length());
        assertEquals("    ", REFS.units().get(17).code());
    }

    @Test
    void priceTypesStartWithRetail() {
        assertEquals(6, REFS.priceTypes().size());
        assertEquals("Розничная", REFS.priceTypes().get(0).name());
        assertEquals(2, REFS.warehouses().size());
    }

    @Test
    void propertiesIncludeTheBrandWithItsNonGuidId() {
        assertEquals(64, REFS.properties().size());
        ReferenceData.Property brand = REFS.properties().stream().filter(p -> p.id().equals("Бренд")).findFirst()
                .orElseThrow();
        assertEquals("", brand.version());
        assertEquals(20, brand.values().size());
    }

    @Test
    void offerPropertiesStartWithTheSize() {
        assertEquals(16, REFS.offerProperties().size());
        assertEquals("Размер", REFS.offerProperties().get(0).name());
    }

    @Test
    void everyKindListsTwentyToFortyOneProperties() {
        for (ReferenceData.Kind kind : REFS.kinds()) {
            assertTrue(kind.properties().size() >= 20 && kind.properties().size() <= 41, kind.name());
        }
    }

    private static int depth(List<ReferenceData.Group> groups) {
        int depth = 0;
        for (ReferenceData.Group group : groups) {
            depth = Math.max(depth, 1 + depth(group.children()));
        }
        return depth;
    }
}
