package org.onecsync.http.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/** Session values: 32 lowercase hex characters, what Bitrix issues and clients parse. */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * The {@code sessid} of a login, derived from its cookie: any server that sees the cookie can name the sessid
     * again (the order exchange's {@code init} repeats it) while the store keeps only hashes of both.
     */
    static String sessidOf(String cookie) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("onecsync-sessid\n" + cookie).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
