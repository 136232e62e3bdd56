package org.onecsync.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.onecsync.model.EntityType;

/** What a file holds includes what the parser found but could not read, counted all, kept only at first. */
class FileSummaryTest {

    @Test
    void countsEveryUnreadableEntityAndKeepsTheFirstTwentyWithTheirFile() {
        FileSummary summary = new FileSummary();
        summary.onDocument(new DocumentHeader("offers.xml", "commerceml", "2.05", "UTF-8"));
        for (int i = 0; i < 25; i++) {
            summary.onSkipped(EntityType.PRICE, "p" + i + "|", "price has no ИдТипаЦены", 10 + i);
        }
        summary.onSkipped(EntityType.OFFER, null, "offer has no Ид", 40);
        assertEquals(25, summary.unreadable().get(EntityType.PRICE));
        assertEquals(1, summary.unreadable().get(EntityType.OFFER));
        assertEquals(0, summary.unreadable().get(EntityType.STOCK));
        assertEquals(0, summary.count(EntityType.PRICE));
        assertEquals(FileSummary.KEPT, summary.firstUnreadable().size());
        assertEquals(new UnreadableRecord("offers.xml", 10, EntityType.PRICE, "p0|", "price has no ИдТипаЦены"),
                summary.firstUnreadable().get(0));
    }
}
