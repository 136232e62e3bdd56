package org.onecsync.order;

import org.onecsync.SyncException;

/**
 * An order, or a file of orders, that cannot be read or is incomplete; the message names the place
 * ({@code line 3, column 14 (/0/lines/1/quantity)}) and what is wrong. Of kind {@link SyncException.Kind#BAD_INPUT}.
 */
public class InvalidOrderException extends SyncException {

    /**
     * @param message what is wrong, and where
     */
    public InvalidOrderException(String message) {
        super(Kind.BAD_INPUT, message);
    }
}
