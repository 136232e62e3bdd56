package org.onecsync.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.Objects;
import java.util.Optional;
import org.onecsync.http.internal.Monitoring;
import org.onecsync.sync.ImportJob;

/**
 * What one server knows beyond the store: the import jobs running in it and the meters it keeps. Lend the same
 * monitor to the {@link CatalogExchangeHandler}, the {@link SyncApiHandler} and the {@link StatusHandler} of one
 * server, so that the status endpoints show the live progress of the imports the others started.
 *
 * <p>Meters (Prometheus names): {@code onecsync_imports_total} and {@code onecsync_import_duration_seconds} by
 * {@code source} ({@code exchange}, {@code api}, {@code upload}), {@code kind} and {@code status} ({@code succeeded},
 * {@code partial}, {@code failed}, {@code cancelled}); {@code onecsync_records_applied_total} by {@code source} and
 * {@code entity}; {@code onecsync_exchange_requests_total} by {@code mode} and {@code status} (the reply's first
 * line); {@code onecsync_received_bytes_total} by {@code endpoint}. The registry belongs to the caller, who chooses
 * where the meters go (a Prometheus registry for {@code /metrics}, an application's own, …).
 *
 * <p>Thread-safe.
 */
public final class ServerMonitor {

    private final Monitoring monitoring;

    /**
     * @param registry where the meters go; the caller owns (and closes) it
     */
    public ServerMonitor(MeterRegistry registry) {
        this.monitoring = new Monitoring(Objects.requireNonNull(registry, "registry"));
    }

    /** {@return a monitor whose meters go nowhere (a registry with no backend), still following running jobs} */
    public static ServerMonitor withoutMetrics() {
        return new ServerMonitor(new CompositeMeterRegistry());
    }

    /** {@return the registry the meters go to} */
    public MeterRegistry registry() {
        return monitoring.registry();
    }

    /**
     * The live status of a session's import while its job runs in this server.
     *
     * @param sessionId the session
     * @return its job's status (phase, percent, records so far), or empty when no job of this server runs it
     */
    public Optional<ImportJob.Status> running(long sessionId) {
        return monitoring.live(sessionId);
    }

    Monitoring monitoring() {
        return monitoring;
    }
}
