package org.onecsync.http;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.onecsync.catalog.CatalogReader;
import org.onecsync.http.servlet.ApiServlet;
import org.onecsync.http.servlet.ExchangeServlet;
import org.onecsync.http.servlet.StatusServlet;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ChangeFeed;
import org.onecsync.store.ImportLock;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.PriceChange;
import org.onecsync.store.SessionLog;
import org.onecsync.store.StoredRecord;
import org.onecsync.sync.SyncEngine;

/**
 * A real Jetty on 127.0.0.1, a free port, serving the exchange, the JSON API and the status endpoints as
 * {@code onec-sync serve} mounts them, over one store, one {@link ServerMonitor} and a Prometheus registry.
 */
final class StatusServer implements AutoCloseable {

    final GatedStore store;
    final Path uploads;
    final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final CatalogExchangeHandler exchange;
    private final SyncApiHandler api;
    private final Server server;
    private final ExecutorService jobs = Executors.newCachedThreadPool();

    StatusServer(CatalogStore store, Path dir, Duration apiWait) throws Exception {
        this.store = new GatedStore(store);
        this.uploads = dir.resolve("uploads");
        ServerMonitor monitor = new ServerMonitor(metrics);
        SyncEngine engine = SyncEngine.builder(this.store).build();
        ExchangeCredentials credentials = new ExchangeCredentials(ExchangeServer.USER, ExchangeServer.PASSWORD);
        ApiKey key = new ApiKey(ApiServer.KEY);
        exchange = new CatalogExchangeHandler(engine, credentials, ExchangeSettings.defaults(uploads), jobs, monitor);
        api = new SyncApiHandler(engine, key, ApiSettings.defaults(dir.resolve("api")).withImportWait(apiWait), jobs,
                monitor);
        StatusHandler status = StatusHandler.builder(this.store).monitor(monitor).credentials(credentials).apiKey(key)
                .exchangeLogs(uploads).prometheus(metrics).build();
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new ExchangeServlet(exchange)), "/1c_exchange/*");
        ServletHolder apiHolder = new ServletHolder(new ApiServlet(api));
        apiHolder.getRegistration().setMultipartConfig(ApiServlet.multipartConfig(api.settings()));
        context.addServlet(apiHolder, "/api/1c/*");
        ServletHolder statusHolder = new ServletHolder(new StatusServlet(status));
        for (String path : new String[] {"/health", "/metrics", "/api/sessions/*", "/api/exchanges/*", "",
            "/sessions/*"}) {
            context.addServlet(statusHolder, path);
        }
        server.setHandler(context);
        server.start();
    }

    static StatusServer sqlite(Path dir) throws Exception {
        return new StatusServer(org.onecsync.jdbi.JdbiCatalogStore.open("jdbc:sqlite:" + dir.resolve("store.db")),
                dir, Duration.ofSeconds(30));
    }

    String url(String path) {
        return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + path;
    }

    /** GET with the API key. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, b -> b.header("X-API-Key", ApiServer.KEY));
    }

    HttpResponse<String> get(String path, Consumer<HttpRequest.Builder> auth) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET();
        auth.accept(b);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Consumer<HttpRequest.Builder> basic(String user, String password) {
        return b -> b.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> push(String json) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url("/api/1c/sync"))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-API-Key", ApiServer.KEY)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws Exception {
        try {
            store.release();
            exchange.close();
            api.close();
            server.stop();
        } finally {
            jobs.shutdownNow();
            jobs.awaitTermination(10, TimeUnit.SECONDS);
            store.close();
            metrics.close();
        }
    }

    /**
     * The store, able to hold an import inside it: while {@link #hold()} is set, {@link #begin} (called once the
     * session is open) waits until {@link #release()}.
     */
    static final class GatedStore implements CatalogStore {

        private final CatalogStore delegate;
        private volatile CountDownLatch gate;
        final CountDownLatch entered = new CountDownLatch(1);

        GatedStore(CatalogStore delegate) {
            this.delegate = delegate;
        }

        void hold() {
            gate = new CountDownLatch(1);
        }

        void release() {
            CountDownLatch held = gate;
            gate = null;
            if (held != null) {
                held.countDown();
            }
        }

        /** The transaction, whose first look-up or write (records read, the session open) waits at the gate. */
        @Override
        public ImportTransaction begin(long sessionId, Instant now) {
            ImportTransaction transaction = delegate.begin(sessionId, now);
            CountDownLatch held = gate;
            if (held == null) {
                return transaction;
            }
            return (ImportTransaction) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ImportTransaction.class}, (proxy, method, args) -> {
                        CountDownLatch still = gate;
                        if (still != null && java.util.Set.of("lookup", "productsBySku", "insert", "update")
                                .contains(method.getName())) {
                            entered.countDown();
                            still.await(30, TimeUnit.SECONDS);
                        }
                        try {
                            return method.invoke(transaction, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public ImportLock lock() {
            return delegate.lock();
        }

        @Override
        public void prepare() {
            delegate.prepare();
        }

        @Override
        public SessionLog sessions() {
            return delegate.sessions();
        }

        @Override
        public CatalogReader reader() {
            return delegate.reader();
        }

        @Override
        public ChangeFeed changes() {
            return delegate.changes();
        }

        @Override
        public void dump(Consumer<StoredRecord> sink) {
            delegate.dump(sink);
        }

        @Override
        public void priceHistory(Consumer<PriceChange> sink) {
            delegate.priceHistory(sink);
        }

        @Override
        public java.util.Optional<org.onecsync.store.ExchangeStateStore> exchangeState() {
            return delegate.exchangeState();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
