package org.onecsync.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.http.ExchangeCredentials;

/** The listener mounts the exchange in a real servlet container at the path it was given. */
@Timeout(60)
class ExchangeMountTest {

    @TempDir
    Path tmp;

    @Test
    void theExchangeAnswersAtTheMountedPathWithAndWithoutTheTrailingSlash() throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addEventListener(new ExchangeMount("/1c/exchange", "jdbc:sqlite:" + tmp.resolve("shop.db"),
                tmp.resolve("uploads"), new ExchangeCredentials("admin", "secret")));
        server.setHandler(context);
        server.start();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String basic = "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes(
                    StandardCharsets.UTF_8));
            for (String path : new String[] {"/1c/exchange", "/1c/exchange/"}) {
                HttpResponse<String> reply = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + connector.getLocalPort() + path + "?type=catalog&mode=checkauth"))
                        .header("Authorization", basic).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, reply.statusCode());
                assertTrue(reply.body().startsWith("success\n"), reply.body());
            }
            HttpResponse<String> wrong = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + connector.getLocalPort() + "/1c/exchange?type=catalog&mode=checkauth"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "admin:wrong".getBytes(StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(wrong.body().startsWith("failure\n"), wrong.body());
        } finally {
            server.stop();
        }
    }
}
