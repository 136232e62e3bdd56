package org.onecsync.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.model.EntityType;
import org.onecsync.store.Problem;
import org.onecsync.sync.SkipLimit;

class ImportMessagesTest {

    @Test
    void tooManySkippedGroupsThousandsAndNamesTheFirstProblemWhereItIs() {
        Problem first = new Problem(EntityType.OFFER, "3d5f#3d96", "offers/offers.xml", 9,
                "offer refers to product 3d5f, which the store does not know");

        assertEquals("23,674 of 23,739 records skipped, more than the limit of 100; rolled back. First: "
                + "offers/offers.xml:9 offer refers to product 3d5f, which the store does not know",
                ImportAttempt.tooManySkipped(23_674, 23_739, SkipLimit.count(100), List.of(first)));
        assertEquals("1,000,001 of 2,000,000 records skipped, more than the limit of 5%; rolled back",
                ImportAttempt.tooManySkipped(1_000_001, 2_000_000, SkipLimit.parse("5%"), List.of()));
    }

    @Test
    void longListsAreCut() {
        assertEquals("a; b", Lists.capped(List.of("a", "b"), 3));
        assertEquals("a; b; c and 2 more", Lists.capped(List.of("a", "b", "c", "d", "e"), 3));
    }
}
