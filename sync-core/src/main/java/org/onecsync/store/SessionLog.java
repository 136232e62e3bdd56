package org.onecsync.store;

import java.util.List;
import java.util.Optional;

/**
 * The import session log. Writes here are committed at once on a connection of their own, so a failed
 * import's session survives its rollback; a successful import's end is written inside its own transaction
 * instead ({@link ImportTransaction#commit}).
 */
public interface SessionLog {

    /**
     * Records the start of an import.
     *
     * @param start what is being imported
     * @return the new session's id
     */
    long open(SessionStart start);

    /**
     * Records how an import ended (a failure or a dry run; a committed import's end is written by
     * {@link ImportTransaction#commit}).
     *
     * @param sessionId the id from {@link #open}
     * @param result its outcome
     */
    void close(long sessionId, SessionResult result);

    /**
     * Marks sessions still {@code running} as failed: their process died before they finished. Called by the
     * holder of the import lock, so no running import can be among them.
     *
     * @return how many were marked
     */
    int failAbandoned();

    /**
     * The most recent sessions, newest first.
     *
     * @param limit how many at most
     * @return the sessions, with their counts and recorded problems
     */
    List<SessionRecord> recent(int limit);

    /**
     * One session by its id. The default reads the whole log through {@link #recent}; stores override it with a
     * look-up.
     *
     * @param id the session's id
     * @return the session, with its counts and recorded problems, or empty when there is none with that id
     */
    default Optional<SessionRecord> find(long id) {
        return recent(Integer.MAX_VALUE).stream().filter(s -> s.id() == id).findFirst();
    }

    /**
     * The message for a caller that finds the import lock taken: names the running session and its start
     * when the log knows it ({@code an import is already running (session 12, started …)}).
     *
     * @return the message, for a person
     */
    String lockedMessage();
}
