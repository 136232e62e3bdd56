package org.onecsync.jdbi.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.onecsync.model.EntityType;
import org.onecsync.store.ChangeListener;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.MissingPolicy;
import org.onecsync.store.Problem;
import org.onecsync.store.StagedRecord;
import org.onecsync.store.StoreTransaction;

/**
 * One import: one handle whose transaction stays open from {@link #begin} to {@link #commit()} or
 * {@link #close()}, with the export staged in a temporary table that dies with it.
 */
public final class JdbiTransaction implements StoreTransaction {

    private enum Step { STAGING, RESOLVED, DONE, ENDED }

    private final Backend backend;
    private final Dialect dialect;
    private final Handle handle;
    private final long sessionId;
    private final StagingWriter writer;
    /** Rows staged per entity (by ordinal), less collapsed duplicates and dropped rows once resolved. */
    private final long[] staged = new long[EntityType.values().length];
    private long nextSeq = 1;
    private Step step = Step.STAGING;

    private JdbiTransaction(Backend backend, Handle handle, long sessionId) {
        this.backend = backend;
        this.dialect = backend.dialect();
        this.handle = handle;
        this.sessionId = sessionId;
        this.writer = dialect.stagingWriter();
    }

    /**
     * @param backend the store's database
     * @param sessionId the import's session
     * @return the open transaction, with an empty staging table
     */
    public static JdbiTransaction begin(Backend backend, long sessionId) {
        Handle handle = backend.open();
        try {
            handle.begin();
            backend.dialect().tuneImport(handle);
            handle.execute(backend.dialect().stagingTable());
            return new JdbiTransaction(backend, handle, sessionId);
        } catch (RuntimeException e) {
            end(handle);
            throw backend.failure("cannot start the import's transaction", e);
        }
    }

    @Override
    public void stage(List<StagedRecord> batch) {
        expect(Step.STAGING, "stage");
        run("cannot stage records", () -> writer.write(handle, batch, nextSeq));
        nextSeq += batch.size();
        for (StagedRecord record : batch) {
            staged[record.entity().ordinal()]++;
        }
    }

    @Override
    public void resolve(Consumer<Problem> dropped) {
        expect(Step.STAGING, "resolve");
        run("cannot check the staged records", () -> {
            writer.finish();
            if (Staging.index(handle)) {
                recount();
            }
            dialect.staged(handle);
            if (References.check(handle) > 0) {
                References.report(handle, problem -> {
                    staged[problem.entity().ordinal()]--;
                    dropped.accept(problem);
                });
            }
        });
        step = Step.RESOLVED;
    }

    @Override
    public Map<EntityType, EntityCounts> plan(Set<EntityType> complete, MissingPolicy policy) {
        expect(Step.RESOLVED, "plan");
        Map<EntityType, EntityCounts> counts = call("cannot plan the import",
                () -> ChangeTable.classify(handle, dialect, staged, complete, policy).counts());
        step = Step.DONE;
        return counts;
    }

    @Override
    public Map<EntityType, EntityCounts> apply(Set<EntityType> complete, MissingPolicy policy,
                                               ChangeListener listener) {
        expect(Step.RESOLVED, "apply");
        Map<EntityType, EntityCounts> counts = call("cannot apply the import", () -> {
            ChangeTable.Summary summary = ChangeTable.classify(handle, dialect, staged, complete, policy);
            if (listener != ChangeListener.NONE) {
                ChangeTable.deliver(handle, complete, policy, listener);
            }
            Writes.apply(handle, dialect, sessionId, summary, complete, policy);
            return summary.counts();
        });
        step = Step.DONE;
        return counts;
    }

    @Override
    public void commit() {
        if (step == Step.ENDED) {
            throw new IllegalStateException("the import's transaction has already ended");
        }
        run("cannot commit the import", () -> {
            writer.finish();
            Staging.drop(handle);
            handle.commit();
        });
        step = Step.ENDED;
    }

    @Override
    public void close() {
        boolean rollback = step != Step.ENDED;
        step = Step.ENDED;
        writer.abort();
        try {
            if (rollback) {
                handle.rollback();
            }
        } catch (RuntimeException e) {
            throw backend.failure("cannot roll the import back", e);
        } finally {
            end(handle);
        }
    }

    /** Counts what is left after duplicates collapsed; the rare case, so a query is fine. */
    private void recount() {
        Arrays.fill(staged, 0);
        handle.createQuery("SELECT entity, count(*) AS n FROM onecsync_stage GROUP BY entity")
                .map((rs, ctx) -> Map.entry(Entities.of(rs.getString("entity")), rs.getLong("n")))
                .forEach(entry -> staged[entry.getKey().ordinal()] = entry.getValue());
    }

    private void expect(Step expected, String call) {
        if (step != expected) {
            throw new IllegalStateException(call + "() is out of order: an import calls stage, resolve, "
                    + "plan or apply, then commit or close");
        }
    }

    /** Runs SQL work, wrapping database failures; the sink's and listener's own exceptions pass as they are. */
    private <T> T call(String what, SqlCall<T> work) {
        try {
            return work.run();
        } catch (JdbiException e) {
            throw backend.failure(what, e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw backend.failure(what, e);
        }
    }

    private void run(String what, SqlWork work) {
        call(what, () -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws Exception;
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws Exception;
    }

    /** Closes the handle even when its connection is gone; its transaction is over either way. */
    private static void end(Handle handle) {
        try {
            if (handle.isInTransaction()) {
                handle.rollback();
            }
        } catch (RuntimeException ignored) {
            // The connection failed; closing it below is all that is left to do.
        } finally {
            try {
                handle.close();
            } catch (RuntimeException ignored) {
                // Same: nothing more can be released.
            }
        }
    }
}
