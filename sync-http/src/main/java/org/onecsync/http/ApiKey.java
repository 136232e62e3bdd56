package org.onecsync.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The key a JSON push or an upload must carry ({@code X-API-Key}, or {@code token} in a JSON body). Compared in
 * constant time; never shown by {@link #toString()}.
 */
public final class ApiKey {

    private final byte[] digest;

    /**
     * @param key the key, not blank
     * @throws IllegalArgumentException if the key is blank
     */
    public ApiKey(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("the API key must not be blank");
        }
        this.digest = sha256(key);
    }

    /**
     * Whether a key sent is this one. Both sides are hashed first, so the comparison takes the same time whatever
     * the candidate's length and content.
     *
     * @param candidate the key sent, or {@code null}
     * @return whether it matches
     */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(candidate));
    }

    /** {@return a fixed text: the key is never shown} */
    @Override
    public String toString() {
        return "ApiKey[***]";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
