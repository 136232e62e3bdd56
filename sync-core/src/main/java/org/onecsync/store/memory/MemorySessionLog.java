package org.onecsync.store.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onecsync.store.SessionLog;
import org.onecsync.store.SessionRecord;
import org.onecsync.store.SessionResult;
import org.onecsync.store.SessionStart;
import org.onecsync.store.SessionStatus;

/** The in-memory session log. */
final class MemorySessionLog implements SessionLog {

    private final List<SessionRecord> sessions = new ArrayList<>();

    @Override
    public synchronized long open(SessionStart start) {
        long id = sessions.size() + 1L;
        sessions.add(new SessionRecord(id, start.kind(), start.source(), start.dryRun(), SessionStatus.RUNNING,
                start.startedAt(), null, Map.of(), List.of(), 0, null));
        return id;
    }

    @Override
    public synchronized void close(long sessionId, SessionResult result) {
        SessionRecord open = sessions.get((int) sessionId - 1);
        sessions.set((int) sessionId - 1, new SessionRecord(sessionId, open.kind(), open.source(), open.dryRun(),
                result.status(), open.startedAt(), result.finishedAt(), result.counts(), result.problems(),
                result.problemCount(), result.error()));
    }

    @Override
    public int failAbandoned() {
        // In memory, a session cannot outlive its process.
        return 0;
    }

    @Override
    public synchronized List<SessionRecord> recent(int limit) {
        List<SessionRecord> result = new ArrayList<>();
        for (int i = sessions.size() - 1; i >= 0 && result.size() < limit; i--) {
            result.add(sessions.get(i));
        }
        return result;
    }

    @Override
    public synchronized String lockedMessage() {
        for (int i = sessions.size() - 1; i >= 0; i--) {
            SessionRecord session = sessions.get(i);
            if (session.status() == SessionStatus.RUNNING) {
                return "an import is already running (session " + session.id() + ", started "
                        + session.startedAt() + ")";
            }
        }
        return "an import is already running";
    }
}
