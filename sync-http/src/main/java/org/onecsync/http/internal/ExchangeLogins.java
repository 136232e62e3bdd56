package org.onecsync.http.internal;

import java.util.List;
import java.util.Map;
import org.onecsync.http.ExchangeCredentials;
import org.onecsync.http.Request;
import org.onecsync.http.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code checkauth}, and the check of every later call: the session cookie, or Basic, and the {@code sessid}. */
final class ExchangeLogins {

    /** The session cookie's name, sent at {@code checkauth} in the reply lines and as {@code Set-Cookie}. */
    static final String COOKIE = "onecsync_session";

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeLogins.class);

    private final ExchangeCredentials credentials;
    private final AuthSessions sessions;
    private final Replies replies;

    ExchangeLogins(ExchangeCredentials credentials, AuthSessions sessions, Replies replies) {
        this.credentials = credentials;
        this.sessions = sessions;
        this.replies = replies;
    }

    /**
     * Opens a login for the Basic credentials, its timestamp the server's time now (unix seconds), sent as a
     * {@code timestamp=} line when {@code withTimestamp} (the catalog's; the order exchange's reply has none).
     */
    Response checkauth(Request request, long now, boolean withTimestamp) throws Refused {
        BasicAuth basic = BasicAuth.parse(request.header("Authorization"));
        if (basic == null) {
            throw new Refused("no user and password sent: enter them in 1C's exchange settings");
        }
        if (!credentials.matches(basic.user(), basic.password())) {
            LOG.warn("exchange checkauth refused: wrong user or password for user '{}' from {}", basic.user(),
                    request.remoteAddress());
            throw new Refused("wrong user or password");
        }
        AuthSessions.Session session = sessions.open(now);
        String body = "success\n" + COOKIE + "\n" + session.cookie() + "\nsessid=" + session.sessid()
                + (withTimestamp ? "\ntimestamp=" + session.timestamp() : "");
        return replies.lines(body, Map.of("Set-Cookie",
                List.of(COOKIE + "=" + session.cookie() + "; Path=/; HttpOnly")));
    }

    /**
     * A valid session cookie or valid Basic credentials; a {@code sessid}, when sent, must be one issued.
     *
     * @return the cookie's login, or {@code null} for a call authorised by Basic
     */
    AuthSessions.Session authorize(Request request, Map<String, String> params) throws Refused {
        AuthSessions.Session session = sessions.byCookie(request.cookies().get(COOKIE));
        if (session == null) {
            BasicAuth basic = BasicAuth.parse(request.header("Authorization"));
            if (basic == null) {
                throw new Refused("not logged in: call checkauth first, or send the user and password");
            }
            if (!credentials.matches(basic.user(), basic.password())) {
                LOG.warn("exchange call refused: wrong user or password for user '{}' from {}", basic.user(),
                        request.remoteAddress());
                throw new Refused("wrong user or password");
            }
        }
        String sessid = params.get("sessid");
        if (sessid != null && !sessid.isEmpty()) {
            boolean valid = session != null ? sessions.sessidOf(session, sessid) : sessions.issued(sessid);
            if (!valid) {
                throw new Refused("wrong sessid: log in again with checkauth");
            }
        }
        return session;
    }
}
