package org.onecsync.sync;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.onecsync.catalog.CatalogReader;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ChangeFeed;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.PriceChange;
import org.onecsync.store.SessionLog;
import org.onecsync.store.StoredRecord;
import org.onecsync.store.memory.InMemoryCatalogStore;

/**
 * The in-memory store, with a transaction that notes every thread that calls it, any call made while another
 * is still running, and a call made after it was closed; and that fails on demand, for tests of what the
 * engine does when a store fails.
 */
final class GuardedStore implements CatalogStore {

    private final InMemoryCatalogStore store = new InMemoryCatalogStore();
    private final Map<String, Supplier<? extends Throwable>> faults = new ConcurrentHashMap<>();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger closes = new AtomicInteger();
    private volatile boolean noOrderBook;

    /** Makes the transaction's method of that name (or {@code prepare}) throw what the supplier gives. */
    GuardedStore failOn(String method, Supplier<? extends Throwable> fault) {
        faults.put(method, fault);
        return this;
    }

    /** Makes the store one without an order book: its transactions offer no order sink, as before there was one. */
    GuardedStore withoutOrderBook() {
        noOrderBook = true;
        return this;
    }

    /** Calls that overlapped another call, or came after close. */
    List<String> violations() {
        return List.copyOf(violations);
    }

    /** The threads that called the transaction. */
    Set<Thread> threads() {
        return Set.copyOf(threads);
    }

    /** How many times a transaction was closed. */
    int closes() {
        return closes.get();
    }

    @Override
    public ImportTransaction begin(long sessionId, Instant now) {
        ImportTransaction transaction = store.begin(sessionId, now);
        AtomicInteger inside = new AtomicInteger();
        boolean[] closed = {false};
        return (ImportTransaction) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ImportTransaction.class}, (proxy, method, args) -> {
                    threads.add(Thread.currentThread());
                    if (inside.incrementAndGet() > 1) {
                        violations.add(method.getName() + " while another call was running");
                    }
                    try {
                        if (closed[0] && !method.getName().equals("close")) {
                            violations.add(method.getName() + " after close");
                        }
                        if (method.getName().equals("close")) {
                            closed[0] = true;
                            closes.incrementAndGet();
                        }
                        Supplier<? extends Throwable> fault = faults.get(method.getName());
                        if (fault != null) {
                            throw fault.get();
                        }
                        if (noOrderBook && method.getName().equals("orderSink")) {
                            return Optional.empty();
                        }
                        return method.invoke(transaction, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        inside.decrementAndGet();
                    }
                });
    }

    @Override
    public ImportLock lock() {
        return store.lock();
    }

    @Override
    public void prepare() {
        Supplier<? extends Throwable> fault = faults.get("prepare");
        if (fault != null) {
            throw (RuntimeException) fault.get();
        }
        store.prepare();
    }

    @Override
    public SessionLog sessions() {
        return store.sessions();
    }

    @Override
    public CatalogReader reader() {
        return store.reader();
    }

    @Override
    public ChangeFeed changes() {
        return store.changes();
    }

    @Override
    public void dump(Consumer<StoredRecord> sink) {
        store.dump(sink);
    }

    @Override
    public void priceHistory(Consumer<PriceChange> sink) {
        store.priceHistory(sink);
    }

    @Override
    public void close() {
        store.close();
    }
}
