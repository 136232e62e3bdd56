package org.onecsync.store;

import java.util.Locale;

/** Where an order of the {@link OrderBook} stands in its hand-over to 1C, in its current state. */
public enum OrderExportState {
    /** Never handed to 1C, or changed since it was last confirmed and not handed over again since. */
    NEW,
    /** Handed to 1C by a {@code query} in its current state, not confirmed by that exchange's {@code success} yet. */
    SENT,
    /** Confirmed by a {@code success} in its current state. */
    CONFIRMED;

    /** {@return the lower-case name, as JSON and the CLI show it} */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
