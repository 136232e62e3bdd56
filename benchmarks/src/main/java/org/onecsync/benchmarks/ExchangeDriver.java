package org.onecsync.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onecsync.cli.ServeCommand;

/**
 * A catalog exchange as 1C runs it against {@code serve}: {@code checkauth} with Basic, {@code init}, then for each
 * file of the export in order its upload in chunks of the {@code file_limit} the server asked for, and
 * {@code import} repeated while it answers {@code progress}; finally {@code complete}. Basic credentials and the
 * session cookie go with every call, and the {@code sessid}, as real 1C sends them.
 *
 * <p>A file whose {@code import} answers {@code failure} (for example when a JSON push holds the import lock as the
 * job starts) is sent again whole and imported again, so that the exchange ends with the whole export applied; the
 * failures are counted. Anything else the server answers ends the exchange with an {@link IOException}.
 */
final class ExchangeDriver {

    /** A file_limit above this is not honoured: the chunk buffer stays bounded whatever the server says. */
    private static final long MAX_CHUNK = 64L << 20;
    private static final Pattern FILE_LIMIT = Pattern.compile("file_limit=(\\d+)");
    private static final Pattern SESSID = Pattern.compile("sessid=([a-z0-9]+)");

    private final HttpClient http;
    private final String url;
    private final String authorization;
    private final Duration requestTimeout;
    private final long deadline;
    private String cookie;
    private String sessid;
    private long uploadNanos;
    private long importNanos;
    private int uploadCalls;
    private int importCalls;
    private int failedImports;
    private String firstFailure;

    /**
     * @param http the client, HTTP/1.1
     * @param server the server
     * @param requestTimeout how long one call may take
     * @param deadline the {@link System#nanoTime()} past which the exchange gives up
     */
    ExchangeDriver(HttpClient http, BenchServer server, Duration requestTimeout, long deadline) {
        this.http = http;
        this.url = server.base() + ServeCommand.PATH;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (server.user + ":" + server.password).getBytes(StandardCharsets.UTF_8));
        this.requestTimeout = requestTimeout;
        this.deadline = deadline;
    }

    /**
     * Runs the whole exchange.
     *
     * @param root the export's folder; file names are sent relative to it
     * @param files the export's files, in the order 1C sends them
     * @return the timings
     * @throws IOException if the server answers something unexpected, or the time is up
     */
    ExchangeTiming run(Path root, List<Path> files) throws IOException, InterruptedException {
        long start = System.nanoTime();
        String[] auth = expect(call("mode=checkauth", null), "success", "checkauth").split("\n");
        cookie = auth[1] + "=" + auth[2];
        Matcher id = SESSID.matcher(String.join("\n", auth));
        sessid = id.find() ? id.group(1) : null;
        Matcher limit = FILE_LIMIT.matcher(expect(call("mode=init", null), "zip=", "init"));
        if (!limit.find()) {
            throw new IOException("the init reply names no file_limit");
        }
        int chunk = (int) Math.min(MAX_CHUNK, Long.parseLong(limit.group(1)));
        long bytes = 0;
        for (Path file : files) {
            String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            bytes += Files.size(file);
            upload(file, name, chunk);
            while (!imported(name)) {
                upload(file, name, chunk);
            }
        }
        expect(call("mode=complete", null), "success", "complete");
        return new ExchangeTiming(System.nanoTime() - start, uploadNanos, importNanos, files.size(), bytes,
                uploadCalls, importCalls, failedImports, firstFailure);
    }

    /** Sends the file in chunks of at most {@code chunk} bytes, never holding more than one chunk. */
    private void upload(Path file, String name, int chunk) throws IOException, InterruptedException {
        long start = System.nanoTime();
        byte[] buffer = new byte[(int) Math.min(chunk, Math.max(1, Files.size(file)))];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            do {
                read = in.readNBytes(buffer, 0, buffer.length);
                if (read > 0) {
                    uploadCalls++;
                    expect(call("mode=file&filename=" + encode(name),
                            HttpRequest.BodyPublishers.ofByteArray(buffer, 0, read)), "success", "file " + name);
                }
            } while (read == buffer.length);
        } finally {
            uploadNanos += System.nanoTime() - start;
        }
    }

    /** Calls {@code import} until it answers {@code success} (true) or {@code failure} (false). */
    private boolean imported(String name) throws IOException, InterruptedException {
        long start = System.nanoTime();
        try {
            while (true) {
                importCalls++;
                String reply = call("mode=import&filename=" + encode(name), null);
                if (reply.startsWith("success")) {
                    return true;
                }
                if (reply.startsWith("failure")) {
                    failedImports++;
                    if (firstFailure == null) {
                        firstFailure = reply.substring(reply.indexOf('\n') + 1);
                    }
                    return false;
                }
                expect(reply, "progress", "import " + name);
            }
        } finally {
            importNanos += System.nanoTime() - start;
        }
    }

    private String call(String query, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        if (System.nanoTime() - deadline > 0) {
            throw new IOException("the exchange ran out of time (--max-time) before " + query);
        }
        String full = url + "?type=catalog&" + query + (sessid == null ? "" : "&sessid=" + sessid);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(full)).timeout(requestTimeout)
                .header("User-Agent", "1C+Enterprise/8.3").header("Authorization", authorization);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        request.method(body == null ? "GET" : "POST", body == null ? HttpRequest.BodyPublishers.noBody() : body);
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("the exchange's " + query + " got HTTP " + response.statusCode());
        }
        return response.body();
    }

    private static String expect(String reply, String prefix, String what) throws IOException {
        if (!reply.startsWith(prefix)) {
            throw new IOException("the exchange's " + what + " answered: " + reply.replace('\n', ' '));
        }
        return reply;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
