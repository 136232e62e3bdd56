package org.onecsync.examples;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.onecsync.http.CatalogExchangeHandler;
import org.onecsync.http.ExchangeCredentials;
import org.onecsync.http.ExchangeSettings;
import org.onecsync.http.SaleSettings;
import org.onecsync.http.ServerMonitor;
import org.onecsync.http.servlet.ExchangeServlet;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.sync.SyncEngine;

/**
 * Mounts 1C's exchange in your own servlet application with the order exchange ({@code type=sale}) served from the
 * shop's own orders table ({@link ShopOrderTable}): 1C's {@code query} gets the shop's new and changed orders, and
 * the status documents 1C sends back (its number, posted, cancelled, shipped, status) land in that table. The
 * catalog exchange ({@code type=catalog}) answers at the same URL, as 1C expects. Register this listener (in
 * {@code web.xml}, with {@code @WebListener}, or in Spring Boot as a {@code ServletListenerRegistrationBean}) and
 * point 1C's "exchange with the site" at {@code https://your.shop/<path>}.
 *
 * <p>The library's store still holds the exchange's own state: which orders 1C has confirmed (the two-phase
 * {@code query}/{@code success}), the uploaded status files and each import's session. It can be any database, the
 * shop's own included; the orders themselves stay in the shop's tables.
 *
 * <p>The application owns what the library uses: the store, the shop's data source, the executor that runs the
 * imports, and their shutdown. Credentials come from the environment, never from code or a command line.
 */
public final class SaleMount implements ServletContextListener {

    private final String path;
    private final String storeUrl;
    private final Path uploadRoot;
    private final ExchangeCredentials credentials;
    private final DataSource shopDatabase;
    private JdbiCatalogStore store;
    private ExecutorService imports;
    private CatalogExchangeHandler handler;

    /**
     * @param path where the exchange answers, e.g. {@code /1c/exchange}
     * @param storeUrl the library store's JDBC URL (the exchange's state)
     * @param uploadRoot where 1C's uploaded files wait to be imported
     * @param credentials the user and password 1C sends
     * @param shopDatabase the shop's database, with {@code shop_order} and {@code shop_order_line}
     */
    public SaleMount(String path, String storeUrl, Path uploadRoot, ExchangeCredentials credentials,
                     DataSource shopDatabase) {
        this.path = path;
        this.storeUrl = storeUrl;
        this.uploadRoot = uploadRoot;
        this.credentials = credentials;
        this.shopDatabase = shopDatabase;
    }

    /**
     * The mount the environment describes: {@code ONEC_SYNC_EXCHANGE_USER}, {@code ONEC_SYNC_EXCHANGE_PASSWORD}.
     *
     * @param path where the exchange answers
     * @param storeUrl the library store's JDBC URL
     * @param uploadRoot where uploaded files wait
     * @param shopDatabase the shop's database
     * @return the listener to register
     */
    public static SaleMount fromEnvironment(String path, String storeUrl, Path uploadRoot, DataSource shopDatabase) {
        return new SaleMount(path, storeUrl, uploadRoot, new ExchangeCredentials(
                System.getenv("ONEC_SYNC_EXCHANGE_USER"), System.getenv("ONEC_SYNC_EXCHANGE_PASSWORD")), shopDatabase);
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        store = JdbiCatalogStore.open(storeUrl);
        imports = Executors.newFixedThreadPool(2);
        ShopOrderTable orders = new ShopOrderTable(shopDatabase);
        // One table is both ends: query reads it, 1C's status documents are written back into it.
        SaleSettings sale = SaleSettings.defaults().withOrders(orders, orders);
        handler = new CatalogExchangeHandler(SyncEngine.builder(store).build(), credentials,
                ExchangeSettings.defaults(uploadRoot), sale, imports, ServerMonitor.withoutMetrics());
        ServletContext context = event.getServletContext();
        ServletRegistration.Dynamic servlet = context.addServlet("onec-sync-exchange", new ExchangeServlet(handler));
        // "<path>/*" also matches "<path>" itself: 1C may call either, and neither may redirect.
        servlet.addMapping(path + "/*");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        // Cancels a running import (rolled back), then lets the pool and the store go; the data source is the
        // application's, closed by whoever opened it.
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
