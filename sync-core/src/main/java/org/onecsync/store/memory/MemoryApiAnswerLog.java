package org.onecsync.store.memory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.onecsync.store.ApiAnswerLog;
import org.onecsync.store.ApiClaim;
import org.onecsync.store.StoredApiAnswer;

/** The in-memory answers: a map from {@code sync_id} to a pending claim or an answer. */
final class MemoryApiAnswerLog implements ApiAnswerLog {

    /** A claim, with its answer once recorded. */
    private record Entry(Instant claimedAt, StoredApiAnswer answer) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    @Override
    public synchronized ApiClaim claim(String syncId, Instant now, Instant staleBefore) {
        Entry found = entries.get(syncId);
        if (found != null && found.answer() != null) {
            return new ApiClaim.Answered(found.answer());
        }
        if (found != null && !found.claimedAt().isBefore(staleBefore)) {
            return new ApiClaim.Pending(found.claimedAt());
        }
        entries.put(syncId, new Entry(now, null));
        return new ApiClaim.Won();
    }

    @Override
    public synchronized void record(String syncId, StoredApiAnswer answer, Instant pruneBefore) {
        Entry claim = entries.get(syncId);
        entries.put(syncId, new Entry(claim == null ? answer.answeredAt() : claim.claimedAt(), answer));
        entries.values().removeIf(e -> (e.answer() == null ? e.claimedAt() : e.answer().answeredAt())
                .isBefore(pruneBefore));
    }

    @Override
    public synchronized void release(String syncId) {
        Entry found = entries.get(syncId);
        if (found != null && found.answer() == null) {
            entries.remove(syncId);
        }
    }
}
