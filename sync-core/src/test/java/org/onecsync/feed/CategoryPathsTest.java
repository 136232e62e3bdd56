package org.onecsync.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryPathsTest {

    @Test
    void aSniffedSeparatorIsSplitOnWithItsSpacesSoABareSlashStaysInAName() {
        assertEquals(List.of("Крепёж", "Болты/гайки"), CategoryPaths.split("Крепёж / Болты/гайки", null));
        assertEquals(List.of("a", "b", "c"), CategoryPaths.split("a > b > c", null));
        assertEquals(List.of("a", "b", "c"), CategoryPaths.split("a|b|c", null));
        assertEquals(List.of("Болты/гайки"), CategoryPaths.split("Болты/гайки", null));
    }

    @Test
    void aConfiguredSeparatorIsUsedAsGivenAndEmptyLevelsAreDropped() {
        assertEquals(List.of("a", "b"), CategoryPaths.split("a\\b\\", "\\"));
        assertEquals(List.of("a", "b"), CategoryPaths.split(" a ;; b ", ";"));
        assertEquals(List.of(), CategoryPaths.split("   ", null));
    }
}
