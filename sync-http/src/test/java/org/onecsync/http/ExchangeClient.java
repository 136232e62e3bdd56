package org.onecsync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 1C-like exchange client over java.net.http, with the behaviours of real clients as switches: cookie and/or
 * Basic on later calls, sessid or not, every call as POST.
 */
final class ExchangeClient {

    private static final Pattern SESSID = Pattern.compile("sessid=([a-z0-9]+)");

    final String url;
    boolean sendCookie = true;
    boolean sendBasic = true;
    boolean sendSessid = true;
    boolean allPost;
    /** The exchange's {@code type}: {@code catalog}, or {@code sale} for the order exchange. */
    String type = "catalog";
    String user = ExchangeServer.USER;
    String password = ExchangeServer.PASSWORD;
    Charset charset = StandardCharsets.UTF_8;
    String cookie;
    String sessid;
    String setCookieHeader;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ExchangeClient(String url) {
        this.url = url;
    }

    /** checkauth with Basic; remembers the cookie (from the reply lines) and the sessid. */
    String checkauth() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = send("mode=checkauth", null, true);
        String reply = new String(response.body(), charset);
        setCookieHeader = response.headers().firstValue("Set-Cookie").orElse(null);
        String[] lines = reply.split("\n");
        if (lines[0].equals("success")) {
            cookie = lines[1] + "=" + lines[2];
            Matcher m = SESSID.matcher(reply);
            sessid = m.find() ? m.group(1) : null;
        }
        return reply;
    }

    String call(String query) throws IOException, InterruptedException {
        return new String(send(query, null, false).body(), charset);
    }

    String upload(String filename, byte[] body) throws IOException, InterruptedException {
        return new String(send("mode=file&filename=" + enc(filename), body, false).body(), charset);
    }

    /** Uploads in chunks of {@code chunk} bytes; every chunk must answer success. */
    void uploadChunked(String filename, byte[] body, int chunk) throws IOException, InterruptedException {
        for (int from = 0; from < body.length; from += chunk) {
            String reply = upload(filename, Arrays.copyOfRange(body, from, Math.min(body.length, from + chunk)));
            assertEquals("success", reply, "chunk at " + from + " of " + filename);
        }
    }

    /** import, repeated while it answers progress (bounded), returning the last reply. */
    String importUntilDone(String filename) throws IOException, InterruptedException {
        for (int i = 0; i < 2000; i++) {
            String reply = call("mode=import&filename=" + enc(filename));
            if (!reply.startsWith("progress")) {
                return reply;
            }
        }
        fail("import of " + filename + " never ended");
        return null;
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    HttpResponse<byte[]> send(String query, byte[] body, boolean basicAnyway)
            throws IOException, InterruptedException {
        String full = "type=" + type + "&" + query + (sendSessid && sessid != null ? "&sessid=" + sessid : "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "?" + full))
                .timeout(Duration.ofSeconds(60)).header("User-Agent", "1C+Enterprise/8.3");
        if (basicAnyway || sendBasic) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (sendCookie && cookie != null) {
            request.header("Cookie", cookie);
        }
        if (body != null || allPost) {
            request.POST(HttpRequest.BodyPublishers.ofByteArray(body == null ? new byte[0] : body));
        } else {
            request.GET();
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Length").isPresent(), "Content-Length sent");
        return response;
    }
}
