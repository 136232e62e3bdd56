package org.onecsync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Bodies over the limit, and imports that outlast the wait. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ApiLimitsTest {

    static final String TOO_LARGE = "{\"status\":\"error\",\"processed\":0,\"created\":0,\"updated\":0,\"errors\":["
            + "{\"index\":null,\"sku\":null,\"field\":null,\"message\":\"the body is larger than the limit of 1024 bytes\"}]}";

    @TempDir
    Path dir;

    @Test
    void aDeclaredLengthOverTheLimitAnswers413BeforeTheBodyIsSent() throws Exception {
        try (ApiServer server = ApiServer.start(dir, new ApiKey(ApiServer.KEY), s -> s.withBodyLimit(1024));
             Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            // 100 MB announced, 100 bytes sent: the answer comes without the rest ever being sent.
            out.write(("POST /api/1c/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + ApiServer.KEY
                    + "\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write("{\"products\": [".repeat(7).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            List<String> answer = answer(socket);
            assertEquals("HTTP/1.1 413 Payload Too Large", answer.get(0));
            assertEquals(TOO_LARGE, answer.get(answer.size() - 1));
            assertEquals(List.of(), JsonSyncApiTest.tempFiles(server));
        }
    }

    @Test
    void aChunkedBodyGrowingOverTheLimitAnswers413WithoutBeingReadToTheEnd() throws Exception {
        try (ApiServer server = ApiServer.start(dir, new ApiKey(ApiServer.KEY), s -> s.withBodyLimit(1024));
             Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/1c/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + ApiServer.KEY
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = " ".repeat(1000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 3; i++) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            // No last chunk: the body never ends, so only a server that stops reading can answer.
            List<String> answer = answer(socket);
            assertEquals("HTTP/1.1 413 Payload Too Large", answer.get(0));
            assertEquals(TOO_LARGE, answer.get(answer.size() - 1));
            assertEquals(List.of(), JsonSyncApiTest.tempFiles(server));
        }
    }

    @Test
    void anImportOutlastingTheWaitAnswers202WithItsSession() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newCachedThreadPool();
        // Jobs start only once released, so the wait surely ends first.
        ExecutorService gated = new java.util.concurrent.AbstractExecutorService() {
            @Override public void execute(Runnable task) {
                pool.execute(() -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    task.run();
                });
            }
            @Override public void shutdown() { pool.shutdown(); }
            @Override public List<Runnable> shutdownNow() { return pool.shutdownNow(); }
            @Override public boolean isShutdown() { return pool.isShutdown(); }
            @Override public boolean isTerminated() { return pool.isTerminated(); }
            @Override public boolean awaitTermination(long t, TimeUnit u) throws InterruptedException {
                return pool.awaitTermination(t, u);
            }
        };
        try (ApiServer server = ApiServer.start(dir, s -> s.withImportWait(Duration.ofMillis(200)), gated)) {
            HttpResponse<String> r = server.push("{\"products\": [" + JsonSyncApiTest.GOOD + "]}", ApiServer.KEY);
            assertEquals(202, r.statusCode());
            assertTrue(r.body().matches("\\{\"status\":\"accepted\",\"session_id\":-?\\d+,\"message\":\"the import "
                    + "is still running; see the session for its outcome\"}"), r.body());
            release.countDown();
            // The import goes on after the answer, and its spool file goes when it ends.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (ExchangeServerRows.products(server) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(1, ExchangeServerRows.products(server));
            assertEquals(List.of(), JsonSyncApiTest.tempFilesOnceSettled(server));
        }
    }

    /** The status line, headers and body of a raw HTTP answer (body one line, read to its Content-Length). */
    static List<String> answer(Socket socket) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new java.util.ArrayList<>();
        String line;
        int length = 0;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            lines.add(line);
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        char[] body = new char[length];
        int read = 0;
        while (read < length) {
            int n = in.read(body, read, length - read);
            if (n < 0) {
                break;
            }
            read += n;
        }
        lines.add(new String(body, 0, read));
        return lines;
    }

    /** Counts stored products, zero while nothing was ever written. */
    static final class ExchangeServerRows {
        static long products(ApiServer server) {
            try {
                return ExchangeServer.dump(server.store).stream().filter(r -> r.startsWith("products ")).count();
            } catch (org.onecsync.store.StoreException e) {
                return 0;
            }
        }
    }
}
