package org.onecsync.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatusPageSourcesTest {

    @Test
    void anExchangeSessionNamesItsExchangeAndNoOtherSourceDoes() {
        assertEquals("20260130T120000Z-1a2b3c4d", StatusPage.exchangeId("exchange 20260130T120000Z-1a2b3c4d: a.xml"));
        assertNull(StatusPage.exchangeId("exchange ../../etc: a.xml"));
        assertNull(StatusPage.exchangeId("api"));
        assertNull(StatusPage.exchangeId("exchange 20260130T120000Z-1a2b3c4d"));
        assertNull(StatusPage.exchangeId(null));
    }

    @Test
    void thePageServesTheRootAndSessionPagesOnly() {
        assertTrue(StatusPage.serves("/"));
        assertTrue(StatusPage.serves("/sessions/12"));
        assertTrue(StatusPage.serves("/sessions/x"));
        assertFalse(StatusPage.serves("/api/sessions"));
        assertFalse(StatusPage.serves("/health"));
        assertFalse(StatusPage.serves("/sessionsx"));
    }
}
