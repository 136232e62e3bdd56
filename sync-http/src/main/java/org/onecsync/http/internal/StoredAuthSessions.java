package org.onecsync.http.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.onecsync.store.ExchangeStateStore;

/**
 * The logins kept in the store, so that a cookie issued by one server is valid on every server of the database.
 * Only SHA-256 hashes of the cookie and the {@code sessid} are stored: a database dump gives no session away.
 * A cookie is looked up by its hash; the hash of a random 128-bit value reveals nothing through timing.
 */
final class StoredAuthSessions implements AuthSessions {

    private static final int KEPT = 32;

    private final ExchangeStateStore state;
    private final Clock clock;

    StoredAuthSessions(ExchangeStateStore state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    @Override
    public Session open(long timestamp) {
        String cookie = Tokens.next();
        Session session = new Session(cookie, Tokens.sessidOf(cookie), timestamp);
        state.addLogin(new ExchangeStateStore.Login(hash(session.cookie()), hash(session.sessid()), timestamp,
                clock.instant()), KEPT);
        return session;
    }

    @Override
    public Session byCookie(String cookie) {
        return cookie == null ? null : state.loginByCookie(hash(cookie)).map(StoredAuthSessions::session).orElse(null);
    }

    @Override
    public boolean sessidOf(Session session, String sessid) {
        return AuthSessions.equal(session.sessid(), hash(sessid));
    }

    @Override
    public boolean issued(String sessid) {
        return state.sessidIssued(hash(sessid));
    }

    @Override
    public Session latest() {
        return state.latestLogin().map(StoredAuthSessions::session).orElse(null);
    }

    private static Session session(ExchangeStateStore.Login login) {
        return new Session(login.cookieHash(), login.sessidHash(), login.timestamp());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
