package org.onecsync.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.onecsync.http.servlet.ApiServlet;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ChangeListener;
import org.onecsync.sync.SyncEngine;

/** A real Jetty on 127.0.0.1, a free port, serving the API servlet at {@code /api/1c/*} over a SQLite store. */
final class ApiServer implements AutoCloseable {

    static final String KEY = "api-key-7f3a9c";

    final CatalogStore store;
    final Path temp;
    final SyncApiHandler handler;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Server server;
    private final ExecutorService jobs;

    private ApiServer(Path dir, ApiKey key, UnaryOperator<ApiSettings> settings, ExecutorService jobs)
            throws Exception {
        this(JdbiCatalogStore.open("jdbc:sqlite:" + dir.resolve("store.db")), dir, key, settings, jobs,
                ChangeListener.NONE, ParserRegistry.load());
    }

    private ApiServer(CatalogStore store, Path dir, ApiKey key, UnaryOperator<ApiSettings> settings,
                      ExecutorService jobs, ChangeListener listener, ParserRegistry parsers) throws Exception {
        this.jobs = jobs;
        this.store = store;
        temp = dir.resolve("api-temp");
        handler = new SyncApiHandler(SyncEngine.builder(store).parsers(parsers).listener(listener).build(), key,
                settings.apply(ApiSettings.defaults(temp)), jobs);
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder holder = new ServletHolder(new ApiServlet(handler));
        holder.getRegistration().setMultipartConfig(ApiServlet.multipartConfig(handler.settings()));
        context.addServlet(holder, "/api/1c/*");
        server.setHandler(context);
        server.start();
    }

    static ApiServer start(Path dir) throws Exception {
        return new ApiServer(dir, new ApiKey(KEY), UnaryOperator.identity(), Executors.newCachedThreadPool());
    }

    static ApiServer start(Path dir, ApiKey key, UnaryOperator<ApiSettings> settings) throws Exception {
        return new ApiServer(dir, key, settings, Executors.newCachedThreadPool());
    }

    static ApiServer start(Path dir, UnaryOperator<ApiSettings> settings, ExecutorService jobs) throws Exception {
        return new ApiServer(dir, new ApiKey(KEY), settings, jobs);
    }

    /**
     * A server over a store the test made (closed with the server), its changes told to a listener.
     */
    static ApiServer on(CatalogStore store, Path dir, UnaryOperator<ApiSettings> settings, ExecutorService jobs,
                        ChangeListener listener) throws Exception {
        return new ApiServer(store, dir, new ApiKey(KEY), settings, jobs, listener, ParserRegistry.load());
    }

    /** A server whose engine reads only with the given parsers. */
    static ApiServer withParsers(Path dir, ParserRegistry parsers) throws Exception {
        return new ApiServer(JdbiCatalogStore.open("jdbc:sqlite:" + dir.resolve("store.db")), dir, new ApiKey(KEY),
                UnaryOperator.identity(), Executors.newCachedThreadPool(), ChangeListener.NONE, parsers);
    }

    int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> push(String json, String key) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/1c/sync")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            b.header("X-API-Key", key);
        }
        return send(b.build());
    }

    @Override
    public void close() throws Exception {
        try {
            handler.close();
            server.stop();
        } finally {
            jobs.shutdownNow();
            jobs.awaitTermination(10, TimeUnit.SECONDS);
            store.close();
        }
    }
}
