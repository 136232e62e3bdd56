package org.onecsync.sync;

/**
 * The limits every store keeps, checked by the engine so that a record beyond them is skipped with a reason,
 * the same way on every database, instead of failing the import or being stored differently.
 */
public final class StoreLimits {

    /** The most characters an id (or each part of an offer, price or stock key) may have. */
    public static final int MAX_ID_LENGTH = 200;
    /** The most digits an amount, quantity or coefficient may have before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** The most digits an amount, quantity or coefficient may have after the decimal point (trailing zeros aside). */
    public static final int MAX_FRACTION_DIGITS = 6;

    private StoreLimits() {
    }
}
