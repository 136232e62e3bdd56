package org.onecsync.store.memory;

import java.math.BigDecimal;

/** A stored row of the in-memory store. */
record MemoryRow(String ref1, String ref2, BigDecimal amount, boolean active, long fingerprint, String payload,
                 long sessionId) {

    MemoryRow deactivated(long session) {
        return new MemoryRow(ref1, ref2, amount, false, fingerprint, payload, session);
    }
}
