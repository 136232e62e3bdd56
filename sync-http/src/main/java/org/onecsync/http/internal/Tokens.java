package org.onecsync.http.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random session values: 32 lowercase hex characters, what Bitrix issues and clients parse. */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
