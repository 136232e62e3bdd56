package org.onecsync.http.internal;

/** A call the exchange refuses; its message is the {@code failure} reply's reason, fit to show in 1C's log. */
public final class Refused extends Exception {

    /**
     * @param reason why, for the person reading 1C's exchange log
     */
    public Refused(String reason) {
        super(reason, null, false, false);
    }
}
