package org.onecsync.http;

import java.io.IOException;

/** A request body, or a part of one, is larger than the configured limit; answered with 413. */
public final class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * @param limit the limit that was exceeded, in bytes
     */
    public BodyTooLargeException(long limit) {
        super("the body is larger than the limit of " + limit + " bytes");
    }
}
