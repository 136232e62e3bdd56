package org.onecsync.generate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PricingTest {

    private static final ReferenceData REFS = ReferenceData.of(1);

    @Test
    void retailPriceIsWholeRublesEndingInNinety() {
        for (int product = 0; product < 500; product++) {
            long kopecks = Pricing.retail(1, product, 0, product, 0);
            assertEquals(0, kopecks % 100, "product " + product);
            assertEquals(90, kopecks / 100 % 100, "product " + product);
        }
    }

    @Test
    void retailPriceTypeIsAlwaysPresentAndOthersAreRoundedToFiftyKopecks() {
        for (int product = 0; product < 500; product++) {
            assertTrue(Pricing.price(REFS, product, 0, 0, product, 0) > 0);
            for (int type = 1; type < REFS.priceTypes().size(); type++) {
                long price = Pricing.price(REFS, product, 0, type, product, 0);
                assertTrue(price == -1 || price % 50 == 0, "product " + product + " type " + type);
            }
        }
    }

    @Test
    void revisionChangesOnlyEveryTenthOffersPrice() {
        assertFalse(Pricing.priceChanged(9, 0));
        assertTrue(Pricing.priceChanged(9, 1));
        assertFalse(Pricing.priceChanged(8, 1));
        assertNotEquals(Pricing.retail(1, 3, 0, 9, 0), Pricing.retail(1, 3, 0, 9, 1));
        assertEquals(Pricing.retail(1, 3, 0, 8, 0), Pricing.retail(1, 3, 0, 8, 1));
    }

    @Test
    void revisionChangesOnlyEveryFifthOffersStock() {
        assertTrue(Pricing.stockChanged(4, 1));
        assertFalse(Pricing.stockChanged(5, 1));
        assertNotEquals(Pricing.stock(1, 2, 1, 0, 4, 0), Pricing.stock(1, 2, 1, 0, 4, 3));
        assertEquals(Pricing.stock(1, 2, 1, 0, 3, 0), Pricing.stock(1, 2, 1, 0, 3, 3));
    }

    @Test
    void stockIsZeroForAboutFortyPercentOfRows() {
        int zeros = 0;
        for (int product = 0; product < 10_000; product++) {
            long quantity = Pricing.stock(1, product, 0, 0, product, 0);
            assertTrue(quantity >= 0 && quantity <= 250);
            zeros += quantity == 0 ? 1 : 0;
        }
        assertEquals(4_012, zeros);
    }
}
