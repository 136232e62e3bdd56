package org.onecsync.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.catalog.Synced;
import org.onecsync.http.ApiKey;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.model.Product;

/** The listener mounts the JSON API in a real servlet container: a push lands in the store, read back from it. */
@Timeout(60)
class ApiMountTest {

    private static final String PUSH = """
            {"products": [
              {"sku": "DR-1", "name": "Дрель ударная", "price": 4990},
              {"sku": "SH-2", "name": "Шуруповёрт", "price": 7490, "stock": 3}
            ]}""";

    @TempDir
    Path tmp;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Server server;
    private String root;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addEventListener(new ApiMount("/shop/1c", "jdbc:sqlite:" + tmp.resolve("shop.db"),
                tmp.resolve("spool"), new ApiKey("push-key")));
        server.setHandler(context);
        server.start();
        root = "http://127.0.0.1:" + connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void aJsonPushToTheMountedPathLandsInTheStore() throws Exception {
        HttpResponse<String> pushed = post("/shop/1c/sync", "push-key");
        assertEquals(200, pushed.statusCode(), pushed.body());
        assertEquals("{\"status\":\"success\",\"processed\":2,\"created\":2,\"updated\":0,\"errors\":[]}",
                pushed.body());

        try (JdbiCatalogStore store = JdbiCatalogStore.open("jdbc:sqlite:" + tmp.resolve("shop.db"))) {
            List<Synced<Product>> drill = store.reader().productsBySku("DR-1");
            assertEquals(1, drill.size());
            assertEquals("Дрель ударная", drill.get(0).record().name());
            assertTrue(drill.get(0).active());
            assertEquals("Шуруповёрт", store.reader().productsBySku("SH-2").get(0).record().name());
        }

        HttpResponse<String> sessions = client.send(HttpRequest.newBuilder(URI.create(root + "/api/sessions"))
                .header("X-API-Key", "push-key").timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sessions.statusCode(), sessions.body());
        assertTrue(sessions.body().startsWith("{\"sessions\":[{\"id\":1,\"kind\":\"all\",\"source\":\"api\","
                + "\"status\":\"succeeded\""), sessions.body());
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(root + "/health"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
    }

    @Test
    void aPushWithAWrongKeyGets401AndWritesNothing() throws Exception {
        HttpResponse<String> refused = post("/shop/1c/sync", "wrong-key");
        assertEquals(401, refused.statusCode(), refused.body());

        HttpResponse<String> sessions = client.send(HttpRequest.newBuilder(URI.create(root + "/api/sessions"))
                .header("X-API-Key", "push-key").timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sessions.statusCode(), sessions.body());
        assertEquals("{\"sessions\":[]}", sessions.body());
    }

    private HttpResponse<String> post(String path, String key) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(root + path)).header("X-API-Key", key)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(PUSH)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
