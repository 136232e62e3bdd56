package org.onecsync.http;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.onecsync.http.servlet.ExchangeServlet;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.StoredRecord;
import org.onecsync.sync.SyncEngine;

/** A real Jetty on 127.0.0.1, a free port, serving the exchange servlet at {@code /1c_exchange} over a real store. */
final class ExchangeServer implements AutoCloseable {

    static final String USER = "exchange";
    static final String PASSWORD = "s3cret-пароль";

    final CatalogStore store;
    final Path uploads;
    final CatalogExchangeHandler handler;
    private final Server server;
    private final ExecutorService jobs;

    ExchangeServer(CatalogStore store, Path uploads, UnaryOperator<ExchangeSettings> settings) throws Exception {
        this(store, uploads, settings, Executors.newCachedThreadPool());
    }

    ExchangeServer(CatalogStore store, Path uploads, UnaryOperator<ExchangeSettings> settings, ExecutorService jobs)
            throws Exception {
        this(store, uploads, settings, SaleSettings.defaults(), jobs);
    }

    ExchangeServer(CatalogStore store, Path uploads, UnaryOperator<ExchangeSettings> settings, SaleSettings sale,
                   ExecutorService jobs) throws Exception {
        this.store = store;
        this.uploads = uploads;
        this.jobs = jobs;
        SyncEngine engine = SyncEngine.builder(store).build();
        handler = new CatalogExchangeHandler(engine, new ExchangeCredentials(USER, PASSWORD),
                settings.apply(ExchangeSettings.defaults(uploads)), sale, jobs, ServerMonitor.withoutMetrics());
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new ExchangeServlet(handler)), "/1c_exchange/*");
        server.setHandler(context);
        server.start();
    }

    static ExchangeServer sqlite(Path dir, UnaryOperator<ExchangeSettings> settings) throws Exception {
        return new ExchangeServer(JdbiCatalogStore.open("jdbc:sqlite:" + dir.resolve("store.db")),
                dir.resolve("uploads"), settings);
    }

    int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    String url() {
        return "http://127.0.0.1:" + port() + "/1c_exchange";
    }

    static List<String> dump(CatalogStore store) {
        List<String> rows = new ArrayList<>();
        store.dump((StoredRecord row) -> rows.add(row.entity().jsonName() + " " + row.key() + " " + row.active()
                + " " + row.payload()));
        return rows;
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
