package org.onecsync.http.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sessions {@code checkauth} opened: cookie value, {@code sessid} and the server's timestamp. A bounded few,
 * newest kept: one 1C instance talks to one server, and a stale cookie simply falls back to Basic.
 */
final class AuthSessions {

    private static final int KEPT = 32;

    /**
     * One session.
     *
     * @param cookie the cookie value
     * @param sessid the sessid issued with it
     * @param timestamp the server's time at {@code checkauth}, unix seconds
     */
    record Session(String cookie, String sessid, long timestamp) {
        @Override
        public String toString() {
            return "Session[timestamp=" + timestamp + "]";
        }
    }

    private final Map<String, Session> byCookie = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
            return size() > KEPT;
        }
    };
    private Session latest;

    synchronized Session open(long timestamp) {
        Session session = new Session(Tokens.next(), Tokens.next(), timestamp);
        byCookie.put(session.cookie(), session);
        latest = session;
        return session;
    }

    synchronized Session byCookie(String cookie) {
        if (cookie == null) {
            return null;
        }
        for (Session session : byCookie.values()) {
            if (equal(session.cookie(), cookie)) {
                return session;
            }
        }
        return null;
    }

    synchronized boolean issued(String sessid) {
        for (Session session : byCookie.values()) {
            if (equal(session.sessid(), sessid)) {
                return true;
            }
        }
        return false;
    }

    synchronized Session latest() {
        return latest;
    }

    static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
