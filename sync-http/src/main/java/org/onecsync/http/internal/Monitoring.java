package org.onecsync.http.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.onecsync.model.EntityType;
import org.onecsync.store.EntityCounts;
import org.onecsync.sync.ImportJob;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportReport;

/**
 * What the status endpoints read of this server: the import jobs running in it (so that a session shows its live
 * phase and percent) and the meters of imports and exchange calls. Thread-safe.
 *
 * <p>Meters (Prometheus names): {@code onecsync_imports_total} and {@code onecsync_import_duration_seconds} by
 * {@code source} (exchange, api, upload), {@code kind} and {@code status} (succeeded, partial, failed, cancelled);
 * {@code onecsync_records_applied_total} by {@code source} and {@code entity} (created, updated and deleted records
 * of committed imports); {@code onecsync_exchange_requests_total} by {@code mode} and {@code status} (the reply's
 * first line); {@code onecsync_received_bytes_total} by {@code endpoint}.
 */
public final class Monitoring {

    /** Modes a label may name; anything else a client sends is counted as {@code other}, so labels stay few. */
    private static final Set<String> MODES = Set.of("checkauth", "init", "file", "import", "deactivate", "complete",
            "query", "success");
    private static final Set<String> REPLIES = Set.of("success", "failure", "progress");

    private final MeterRegistry registry;
    private final Set<Tracked> running = ConcurrentHashMap.newKeySet();

    /**
     * @param registry where the meters go
     */
    public Monitoring(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** {@return the registry the meters go to} */
    public MeterRegistry registry() {
        return registry;
    }

    /**
     * The live status of the job of a session, while it runs in this server.
     *
     * @param sessionId the session
     * @return its job's status, or empty when no job of this server runs it
     */
    public Optional<ImportJob.Status> live(long sessionId) {
        for (Tracked tracked : running) {
            ImportJob job = tracked.job;
            if (job != null) {
                ImportJob.Status status = job.status();
                if (status.sessionId() == sessionId && !status.finished()) {
                    return Optional.of(status);
                }
            }
        }
        return Optional.empty();
    }

    /** {@return how many jobs of this server have not ended yet} */
    public int runningCount() {
        return running.size();
    }

    /**
     * Counts one exchange call.
     *
     * @param mode the mode sent, or {@code null}
     * @param statusLine the reply's first line
     * @param received the body's bytes read
     */
    public void exchangeCall(String mode, String statusLine, long received) {
        String m = mode == null ? "none" : MODES.contains(mode) ? mode : "other";
        String reply = statusLine == null ? "other" : statusLine.strip().toLowerCase(Locale.ROOT);
        Counter.builder("onecsync.exchange.requests").description("Calls of the catalog exchange")
                .tag("mode", m).tag("status", REPLIES.contains(reply) ? reply : "other")
                .register(registry).increment();
        received("exchange", received);
    }

    /**
     * Counts bytes received in request bodies.
     *
     * @param endpoint {@code exchange}, {@code api} or {@code upload}
     * @param bytes how many
     */
    public void received(String endpoint, long bytes) {
        if (bytes > 0) {
            Counter.builder("onecsync.received").baseUnit("bytes").description("Request body bytes received")
                    .tag("endpoint", endpoint).register(registry).increment(bytes);
        }
    }

    Tracked track(String source, ImportOptions options) {
        return new Tracked(source, options.kind().name().toLowerCase(Locale.ROOT), options.dryRun());
    }

    private void ended(Tracked tracked, ImportJob.Status status, long nanos) {
        running.remove(tracked);
        String outcome = switch (status.state()) {
            case SUCCEEDED -> status.report() == null ? "succeeded" : status.report().status().jsonName();
            case FAILED -> "failed";
            case CANCELLED -> "cancelled";
            // The task returned without finishing the job: count it as failed rather than lose it.
            case QUEUED, RUNNING -> "failed";
        };
        Counter.builder("onecsync.imports").description("Import jobs ended").tag("source", tracked.source)
                .tag("kind", tracked.kind).tag("status", outcome).register(registry).increment();
        Timer.builder("onecsync.import.duration").description("How long import jobs ran")
                .tag("source", tracked.source).tag("kind", tracked.kind).tag("status", outcome)
                .register(registry).record(Duration.ofNanos(nanos));
        ImportReport report = status.report();
        if (report != null && !report.dryRun() && !tracked.dryRun) {
            for (Map.Entry<EntityType, EntityCounts> entry : report.counts().entrySet()) {
                EntityCounts counts = entry.getValue();
                long applied = counts.created() + counts.updated() + counts.deleted();
                if (applied > 0) {
                    Counter.builder("onecsync.records.applied").description("Records created, updated or deleted")
                            .tag("source", tracked.source).tag("entity", entry.getKey().jsonName())
                            .register(registry).increment(applied);
                }
            }
        }
    }

    /**
     * One job from its start: whichever comes second, the job (returned by the engine) or the end of its task
     * (an executor may run the task before the engine returns), records the end.
     */
    final class Tracked {

        private final String source;
        private final String kind;
        private final boolean dryRun;
        private volatile ImportJob job;
        private long taskStarted;
        private boolean taskEnded;
        private boolean recorded;

        private Tracked(String source, String kind, boolean dryRun) {
            this.source = source;
            this.kind = kind;
            this.dryRun = dryRun;
        }

        synchronized void taskStarted() {
            taskStarted = System.nanoTime();
        }

        void started(ImportJob started) {
            boolean end;
            synchronized (this) {
                job = started;
                running.add(this);
                end = taskEnded;
            }
            if (end) {
                record();
            }
        }

        void taskEnded() {
            boolean end;
            synchronized (this) {
                taskEnded = true;
                end = job != null;
            }
            if (end) {
                record();
            }
        }

        /** The executor refused the task: there is no job to follow. */
        void refused() {
            running.remove(this);
        }

        private void record() {
            long nanos;
            synchronized (this) {
                if (recorded) {
                    return;
                }
                recorded = true;
                nanos = taskStarted == 0 ? 0 : System.nanoTime() - taskStarted;
            }
            ended(this, job.status(), nanos);
        }
    }
}
