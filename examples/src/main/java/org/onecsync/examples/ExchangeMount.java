package org.onecsync.examples;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.onecsync.http.CatalogExchangeHandler;
import org.onecsync.http.ExchangeCredentials;
import org.onecsync.http.ExchangeSettings;
import org.onecsync.http.servlet.ExchangeServlet;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.sync.SyncEngine;

/**
 * Mounts 1C's catalog exchange in your own servlet application, at a path of your choice, instead of running
 * {@code onec-sync serve}: register this listener (in {@code web.xml}, with {@code @WebListener}, or in Spring
 * Boot as a {@code ServletListenerRegistrationBean}) and point 1C at {@code https://your.shop/<path>}.
 *
 * <p>The application owns what the library uses: the store, the executor that runs the import jobs, and their
 * shutdown. Credentials come from the environment, never from code or a command line.
 */
public final class ExchangeMount implements ServletContextListener {

    private final String path;
    private final String databaseUrl;
    private final Path uploadRoot;
    private final ExchangeCredentials credentials;
    private JdbiCatalogStore store;
    private ExecutorService imports;
    private CatalogExchangeHandler handler;

    /**
     * @param path where the exchange answers, e.g. {@code /1c/exchange}
     * @param databaseUrl the store's JDBC URL
     * @param uploadRoot where uploaded files wait to be imported
     * @param credentials the user and password 1C sends
     */
    public ExchangeMount(String path, String databaseUrl, Path uploadRoot, ExchangeCredentials credentials) {
        this.path = path;
        this.databaseUrl = databaseUrl;
        this.uploadRoot = uploadRoot;
        this.credentials = credentials;
    }

    /**
     * The mount the environment describes: {@code ONEC_SYNC_EXCHANGE_USER}, {@code ONEC_SYNC_EXCHANGE_PASSWORD}.
     *
     * @param path where the exchange answers
     * @param databaseUrl the store's JDBC URL
     * @param uploadRoot where uploaded files wait
     * @return the listener to register
     */
    public static ExchangeMount fromEnvironment(String path, String databaseUrl, Path uploadRoot) {
        return new ExchangeMount(path, databaseUrl, uploadRoot, new ExchangeCredentials(
                System.getenv("ONEC_SYNC_EXCHANGE_USER"), System.getenv("ONEC_SYNC_EXCHANGE_PASSWORD")));
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        store = JdbiCatalogStore.open(databaseUrl);
        // One import at a time per exchange; a small pool is enough, and it is ours to shut down.
        imports = Executors.newFixedThreadPool(2);
        handler = new CatalogExchangeHandler(SyncEngine.builder(store).build(), credentials,
                ExchangeSettings.defaults(uploadRoot), imports);
        ServletContext context = event.getServletContext();
        ServletRegistration.Dynamic servlet = context.addServlet("onec-sync-exchange", new ExchangeServlet(handler));
        // "<path>/*" also matches "<path>" itself: 1C may call either, and neither may redirect.
        servlet.addMapping(path + "/*");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        // Cancels a running import (rolled back), then lets the pool and the store go.
        try {
            handler.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            imports.shutdown();
            store.close();
        }
    }
}
