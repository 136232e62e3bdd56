package org.onecsync.http.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The logins {@code checkauth} opened: cookie value, {@code sessid} and the server's timestamp. Kept in this
 * server ({@link LocalAuthSessions}) or in the store for every server on the database ({@link StoredAuthSessions}).
 */
interface AuthSessions {

    /**
     * One login, as the server compares it.
     *
     * @param cookie the cookie value (or what the server keeps of it)
     * @param sessid the sessid issued with it (or what the server keeps of it)
     * @param timestamp the server's time at {@code checkauth}, unix seconds
     */
    record Session(String cookie, String sessid, long timestamp) {
        @Override
        public String toString() {
            return "Session[timestamp=" + timestamp + "]";
        }
    }

    /**
     * Opens a login.
     *
     * @return the login with its cookie value and sessid as sent to the client
     */
    Session open(long timestamp);

    /** {@return the login of a cookie value, or {@code null}} */
    Session byCookie(String cookie);

    /** {@return whether a {@code sessid} is the one issued with a login} */
    boolean sessidOf(Session session, String sessid);

    /** {@return whether any kept login issued a {@code sessid}} */
    boolean issued(String sessid);

    /** {@return the newest login, or {@code null}} */
    Session latest();

    /** Compares secrets in constant time. */
    static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
