package org.onecsync.examples;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.onecsync.http.ApiKey;
import org.onecsync.http.ApiSettings;
import org.onecsync.http.StatusHandler;
import org.onecsync.http.SyncApiHandler;
import org.onecsync.http.servlet.ApiServlet;
import org.onecsync.http.servlet.StatusServlet;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.sync.SyncEngine;

/**
 * Mounts the JSON sync API and the upload endpoint in your own servlet application, at a path of your choice,
 * instead of running {@code onec-sync serve}: register this listener (in {@code web.xml}, with
 * {@code @WebListener}, or in Spring Boot as a {@code ServletListenerRegistrationBean}); 1C or a script then posts
 * to {@code <path>/sync} (a JSON push) and {@code <path>/upload} (a multipart {@code file}).
 *
 * <p>It also mounts the status endpoints {@code /health} (no key) and {@code /api/sessions[/{id}]} (with the key)
 * at those paths of the application: {@link StatusServlet} routes by the path inside the application, so they
 * cannot move under {@code <path>}.
 *
 * <p>The application owns what the library uses: the store, the executor that runs the import jobs, and their
 * shutdown. The key comes from the environment, never from code or a command line.
 */
public final class ApiMount implements ServletContextListener {

    private final String path;
    private final String databaseUrl;
    private final Path spoolDir;
    private final ApiKey key;
    private JdbiCatalogStore store;
    private ExecutorService imports;
    private SyncApiHandler handler;

    /**
     * @param path where the API answers, e.g. {@code /shop/1c}: {@code <path>/sync} and {@code <path>/upload}
     * @param databaseUrl the store's JDBC URL
     * @param spoolDir where request bodies and uploads wait while they are imported (deleted after)
     * @param key the key requests must carry, or {@code null} to answer 503 (disabled)
     */
    public ApiMount(String path, String databaseUrl, Path spoolDir, ApiKey key) {
        this.path = path;
        this.databaseUrl = databaseUrl;
        this.spoolDir = spoolDir;
        this.key = key;
    }

    /**
     * The mount the environment describes: the key in {@code ONEC_SYNC_API_KEY} (without it the API answers 503).
     *
     * @param path where the API answers
     * @param databaseUrl the store's JDBC URL
     * @param spoolDir where bodies and uploads wait
     * @return the listener to register
     */
    public static ApiMount fromEnvironment(String path, String databaseUrl, Path spoolDir) {
        String key = System.getenv("ONEC_SYNC_API_KEY");
        return new ApiMount(path, databaseUrl, spoolDir, key == null || key.isBlank() ? null : new ApiKey(key));
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        store = JdbiCatalogStore.open(databaseUrl);
        // Each push or upload is one import job on this pool, which is ours to shut down.
        imports = Executors.newFixedThreadPool(2);
        handler = new SyncApiHandler(SyncEngine.builder(store).build(), key, ApiSettings.defaults(spoolDir), imports);
        ServletContext context = event.getServletContext();
        ServletRegistration.Dynamic api = context.addServlet("onec-sync-api", new ApiServlet(handler));
        // Uploads need the container's multipart support: the size limit and a folder under the spool folder.
        api.setMultipartConfig(ApiServlet.multipartConfig(handler.settings()));
        api.addMapping(path + "/*");
        StatusHandler status = StatusHandler.builder(store).apiKey(key).build();
        ServletRegistration.Dynamic statusServlet = context.addServlet("onec-sync-status", new StatusServlet(status));
        statusServlet.addMapping("/health", "/api/sessions/*");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        // Cancels running imports (rolled back), then lets the pool and the store go.
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
