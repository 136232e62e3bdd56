package org.onecsync.http.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The logins of this server: a bounded few, newest kept; a stale cookie simply falls back to Basic. */
final class LocalAuthSessions implements AuthSessions {

    private static final int KEPT = 32;

    private final Map<String, Session> byCookie = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
            return size() > KEPT;
        }
    };
    private Session latest;

    @Override
    public synchronized Session open(long timestamp) {
        String cookie = Tokens.next();
        Session session = new Session(cookie, Tokens.sessidOf(cookie), timestamp);
        byCookie.put(session.cookie(), session);
        latest = session;
        return session;
    }

    @Override
    public synchronized Session byCookie(String cookie) {
        if (cookie == null) {
            return null;
        }
        for (Session session : byCookie.values()) {
            if (AuthSessions.equal(session.cookie(), cookie)) {
                return session;
            }
        }
        return null;
    }

    @Override
    public boolean sessidOf(Session session, String sessid) {
        return AuthSessions.equal(session.sessid(), sessid);
    }

    @Override
    public synchronized boolean issued(String sessid) {
        for (Session session : byCookie.values()) {
            if (AuthSessions.equal(session.sessid(), sessid)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized Session latest() {
        return latest;
    }
}
