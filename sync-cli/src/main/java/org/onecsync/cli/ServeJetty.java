package org.onecsync.cli;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.onecsync.http.CatalogExchangeHandler;
import org.onecsync.http.StatusHandler;
import org.onecsync.http.SyncApiHandler;
import org.onecsync.http.servlet.ApiServlet;
import org.onecsync.http.servlet.ExchangeServlet;
import org.onecsync.http.servlet.StatusServlet;

/**
 * The Jetty server {@code serve} runs: one connector, the exchange, API and status servlets. Public so that
 * {@code onec-sync-bench benchmark-serve} measures this very wiring rather than a copy of it.
 */
public final class ServeJetty {

    // "" is the root alone (the status page), not every path: others stay 404.
    static final String[] STATUS_PATHS = {"/health", "/metrics", "/api/sessions/*", "/api/exchanges/*", "",
        "/sessions/*"};

    private ServeJetty() {
    }

    /**
     * Builds the server: the exchange at {@link ServeCommand#PATH}, the API under {@link ServeCommand#API_PATH},
     * the status servlet at the health, metrics, log and page paths.
     *
     * @param host the address to listen on
     * @param port the port to listen on; 0 lets the system pick one
     * @param handler the exchange
     * @param api the JSON API
     * @param status the health check, metrics, logs and status page
     * @return the server, not started; the caller stops it itself, not at JVM shutdown
     */
    public static Server create(String host, int port, CatalogExchangeHandler handler, SyncApiHandler api,
                         StatusHandler status) {
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        // "/1c_exchange/*" also matches "/1c_exchange" itself: both answer, neither redirects.
        context.addServlet(new ServletHolder(new ExchangeServlet(handler)), ServeCommand.PATH + "/*");
        // "/api/1c/*" serves /api/1c/sync and /api/1c/upload; the multipart folder lies under the API's temp folder.
        ServletHolder apiHolder = new ServletHolder(new ApiServlet(api));
        apiHolder.getRegistration().setMultipartConfig(ApiServlet.multipartConfig(api.settings()));
        context.addServlet(apiHolder, ServeCommand.API_PATH + "/*");
        // One status servlet for the health check, the metrics, the session log, the exchange logs and the page.
        ServletHolder statusHolder = new ServletHolder(new StatusServlet(status));
        for (String path : STATUS_PATHS) {
            context.addServlet(statusHolder, path);
        }
        server.setHandler(context);
        server.setStopAtShutdown(false);
        return server;
    }
}
