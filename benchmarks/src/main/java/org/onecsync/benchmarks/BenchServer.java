package org.onecsync.benchmarks;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.onecsync.cli.ServeJetty;
import org.onecsync.http.ApiKey;
import org.onecsync.http.ApiSettings;
import org.onecsync.http.CatalogExchangeHandler;
import org.onecsync.http.ExchangeCredentials;
import org.onecsync.http.ExchangeSettings;
import org.onecsync.http.ServerMonitor;
import org.onecsync.http.StatusHandler;
import org.onecsync.http.SyncApiHandler;
import org.onecsync.store.CatalogStore;
import org.onecsync.sync.SyncEngine;

/**
 * The server {@code onec-sync serve} runs, in this process: the same handlers and settings on the same Jetty
 * wiring ({@link ServeJetty}), listening on 127.0.0.1 only, on a port the system picks. The exchange user,
 * password and API key are random for each server and never leave the process.
 */
final class BenchServer implements AutoCloseable {

    final String user = "bench";
    final String password = secret();
    final String apiKey = secret();
    private final ExecutorService jobs;
    private final PrometheusMeterRegistry metrics;
    private final CatalogExchangeHandler exchange;
    private final SyncApiHandler api;
    private final Server server;
    private final int port;

    /**
     * Starts the server.
     *
     * @param store the prepared store the server imports into; the caller closes it after this server
     * @param uploadRoot where exchanges and API bodies are spooled
     * @param fileLimit the chunk size the exchange asks the client to use
     */
    BenchServer(CatalogStore store, Path uploadRoot, long fileLimit) throws Exception {
        jobs = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "onec-sync-import");
            thread.setDaemon(true);
            return thread;
        });
        metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        ServerMonitor monitor = new ServerMonitor(metrics);
        SyncEngine engine = SyncEngine.builder(store).executor(jobs).build();
        ExchangeCredentials credentials = new ExchangeCredentials(user, password);
        ApiKey key = new ApiKey(apiKey);
        ExchangeSettings settings = ExchangeSettings.defaults(uploadRoot).withFileLimit(fileLimit);
        exchange = new CatalogExchangeHandler(engine, credentials, settings, jobs, monitor);
        api = new SyncApiHandler(engine, key, ApiSettings.defaults(uploadRoot.resolve("api")), jobs, monitor);
        StatusHandler status = StatusHandler.builder(store).monitor(monitor).credentials(credentials).apiKey(key)
                .exchangeLogs(uploadRoot).prometheus(metrics).build();
        server = ServeJetty.create("127.0.0.1", 0, exchange, api, status);
        server.start();
        port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** {@return the base URL, {@code http://127.0.0.1:PORT}} */
    String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String secret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Stops as {@code serve} does on SIGTERM: running imports are cancelled, then Jetty and the workers stop. */
    @Override
    public void close() throws Exception {
        try {
            exchange.close();
            api.close();
            server.stop();
        } finally {
            jobs.shutdownNow();
            jobs.awaitTermination(10, TimeUnit.SECONDS);
            metrics.close();
        }
    }
}
