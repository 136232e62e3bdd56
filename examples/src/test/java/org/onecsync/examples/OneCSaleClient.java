package org.onecsync.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plays 1C in the order exchange over java.net.http: Basic on every call, the cookie and sessid once it has them. */
final class OneCSaleClient {

    private static final Pattern SESSID = Pattern.compile("sessid=([a-z0-9]+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String basic;
    private String cookie;
    private String sessid;

    OneCSaleClient(String url, String user, String password) {
        this.url = url;
        this.basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** {@code checkauth}: remembers the cookie from the reply's lines. */
    String checkauth() throws Exception {
        String reply = call("mode=checkauth");
        String[] lines = reply.split("\n");
        if (lines[0].equals("success")) {
            cookie = lines[1] + "=" + lines[2];
        }
        return reply;
    }

    /** {@code init}: remembers the sessid when the reply has one. */
    String init(String version) throws Exception {
        String reply = call("mode=init" + (version == null ? "" : "&version=" + version));
        Matcher m = SESSID.matcher(reply);
        if (m.find()) {
            sessid = m.group(1);
        }
        return reply;
    }

    String call(String query) throws Exception {
        return new String(send(query, null), StandardCharsets.UTF_8);
    }

    /** {@code mode=file}: the raw body, as 1C posts it. */
    String upload(String filename, byte[] body) throws Exception {
        return new String(send("mode=file&filename=" + filename, body), StandardCharsets.UTF_8);
    }

    /** {@code mode=import}, asked again while it answers {@code progress}; the last reply. */
    String importUntilDone(String filename) throws Exception {
        for (int i = 0; i < 600; i++) {
            String reply = call("mode=import&filename=" + filename);
            if (!reply.startsWith("progress")) {
                return reply;
            }
        }
        return fail("the import of " + filename + " never ended");
    }

    byte[] send(String query, byte[] body) throws Exception {
        String full = "type=sale&" + query + (sessid == null ? "" : "&sessid=" + sessid);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "?" + full))
                .timeout(Duration.ofSeconds(30)).header("User-Agent", "1C+Enterprise/8.3")
                .header("Authorization", basic);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        request.method(body == null ? "GET" : "POST", body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), query);
        return response.body();
    }
}
