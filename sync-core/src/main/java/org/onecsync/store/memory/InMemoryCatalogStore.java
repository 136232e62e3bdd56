package org.onecsync.store.memory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.onecsync.model.EntityType;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportLockedException;
import org.onecsync.store.PriceChange;
import org.onecsync.store.SessionRecord;
import org.onecsync.store.SessionResult;
import org.onecsync.store.SessionStart;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.StoreTransaction;
import org.onecsync.store.StoredRecord;

/**
 * A store that keeps everything in maps. It implements the same semantics as the database stores, so it
 * suits tests and embedding; it holds the whole mirror and the staged export in memory, and the import lock
 * only excludes imports within this JVM.
 */
public final class InMemoryCatalogStore implements CatalogStore {

    private final Map<EntityType, TreeMap<String, MemoryRow>> rows = new EnumMap<>(EntityType.class);
    private final List<SessionRecord> sessions = new ArrayList<>();
    private final List<PriceChange> history = new ArrayList<>();
    private final AtomicBoolean locked = new AtomicBoolean();

    /** An empty store. */
    public InMemoryCatalogStore() {
        for (EntityType type : EntityType.values()) {
            rows.put(type, new TreeMap<>(InMemoryCatalogStore::compareUtf8));
        }
    }

    @Override
    public void prepare() {
        // Nothing to create: the maps exist from the start.
    }

    @Override
    public ImportLock lock() {
        if (!locked.compareAndSet(false, true)) {
            SessionRecord running = runningSession();
            throw new ImportLockedException(running == null
                    ? "an import is already running (its session has not started yet)"
                    : "an import is already running (session " + running.id() + ", started "
                      + running.startedAt() + ")");
        }
        return () -> locked.set(false);
    }

    @Override
    public synchronized long openSession(SessionStart start) {
        long id = sessions.size() + 1L;
        sessions.add(new SessionRecord(id, start.kind(), start.source(), start.dryRun(), SessionStatus.RUNNING,
                start.startedAt(), null, Map.of(), List.of(), 0, null));
        return id;
    }

    @Override
    public synchronized void closeSession(long sessionId, SessionResult result) {
        SessionRecord open = sessions.get((int) sessionId - 1);
        sessions.set((int) sessionId - 1, new SessionRecord(sessionId, open.kind(), open.source(), open.dryRun(),
                result.status(), open.startedAt(), result.finishedAt(), result.counts(), result.problems(),
                result.problemCount(), result.error()));
    }

    @Override
    public synchronized int failAbandonedSessions() {
        // In memory, a session cannot outlive its process.
        return 0;
    }

    @Override
    public synchronized List<SessionRecord> recentSessions(int limit) {
        List<SessionRecord> result = new ArrayList<>();
        for (int i = sessions.size() - 1; i >= 0 && result.size() < limit; i--) {
            result.add(sessions.get(i));
        }
        return result;
    }

    @Override
    public synchronized boolean hasCatalog() {
        return !rows.get(EntityType.PRODUCT).isEmpty();
    }

    @Override
    public StoreTransaction begin(long sessionId) {
        return new MemoryTransaction(this, sessionId);
    }

    @Override
    public synchronized void dump(Consumer<StoredRecord> sink) {
        EntityType[] order = EntityType.values().clone();
        Arrays.sort(order, Comparator.comparing(EntityType::jsonName, InMemoryCatalogStore::compareUtf8));
        for (EntityType type : order) {
            rows.get(type).forEach((key, row) -> sink.accept(new StoredRecord(type, key, row.active(),
                    row.payload())));
        }
    }

    @Override
    public synchronized void priceHistory(Consumer<PriceChange> sink) {
        history.forEach(sink);
    }

    @Override
    public void close() {
        // Nothing is held open.
    }

    synchronized TreeMap<String, MemoryRow> rows(EntityType type) {
        return rows.get(type);
    }

    synchronized void appendHistory(PriceChange change) {
        history.add(change);
    }

    synchronized void dropHistoryAfter(int size) {
        history.subList(size, history.size()).clear();
    }

    synchronized int historySize() {
        return history.size();
    }

    private SessionRecord runningSession() {
        synchronized (this) {
            for (int i = sessions.size() - 1; i >= 0; i--) {
                if (sessions.get(i).status() == SessionStatus.RUNNING) {
                    return sessions.get(i);
                }
            }
            return null;
        }
    }

    private static int compareUtf8(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
