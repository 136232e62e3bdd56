package org.onecsync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class UploadApiTest {

    static final Path OFFICIAL = Path.of("../../shared/fixtures/cml204-1c-official/import.xml");
    static final String CSV = "Артикул;Наименование;Цена;Остаток;Группа\r\n"
            + "A-1;Перфоратор;100,50;5;Инструмент / Перфораторы\r\n"
            + "B-2;Дрель;50;2;Инструмент\r\n";
    static final String BOUNDARY = "----onec-sync-test-boundary";

    @TempDir
    Path dir;

    @Test
    void theOfficialCommerceMlExportIsImported() throws Exception {
        Path fixture = OFFICIAL.toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(fixture), "fixture absent: " + fixture);
        try (ApiServer server = ApiServer.start(dir)) {
            HttpResponse<String> r = upload(server, ApiServer.KEY, "file", "import.xml", "application/xml",
                    Files.readAllBytes(fixture));
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("{\"status\":\"success\",\"processed\":5,\"created\":5,\"updated\":0,\"errors\":[]}", r.body());
            assertEquals(List.of(), JsonSyncApiTest.tempFilesOnceSettled(server));
            // The data lands exactly as an import of the same file from disk does.
            try (org.onecsync.store.CatalogStore disk = org.onecsync.jdbi.JdbiCatalogStore.open(
                    "jdbc:sqlite:" + dir.resolve("disk.db"));
                 org.onecsync.source.ExportSource source = org.onecsync.source.ExportSources.open(fixture)) {
                org.onecsync.sync.SyncEngine.builder(disk).build().importExport(source,
                        org.onecsync.sync.ImportOptions.defaults());
                assertEquals(ExchangeServer.dump(disk), ExchangeServer.dump(server.store));
            }
        }
    }

    @Test
    void aCsvFileIsDetectedByItsNameAndImported() throws Exception {
        try (ApiServer server = ApiServer.start(dir)) {
            HttpResponse<String> r = upload(server, ApiServer.KEY, "file", "price.csv", "text/csv",
                    CSV.getBytes(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("{\"status\":\"success\",\"processed\":9,\"created\":9,\"updated\":0,\"errors\":[]}", r.body());
            assertEquals(2, ApiLimitsTest.ExchangeServerRows.products(server));
            assertEquals("upload price.csv", server.store.sessions().recent(1).get(0).source());
            assertEquals(List.of(), JsonSyncApiTest.tempFilesOnceSettled(server));
        }
    }

    @Test
    void aZipOfFeedsIsUnpackedAndImported() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("feeds/price.csv"));
            out.write(CSV.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("feeds/push.json"));
            out.write(("{\"products\": [{\"sku\": \"C-3\", \"name\": \"Шуруповёрт\", \"price\": 70}]}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        try (ApiServer server = ApiServer.start(dir)) {
            HttpResponse<String> r = upload(server, ApiServer.KEY, "file", "export.zip", "application/zip",
                    zip.toByteArray());
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("{\"status\":\"success\",\"processed\":11,\"created\":11,\"updated\":0,\"errors\":[]}", r.body());
            assertEquals(3, ApiLimitsTest.ExchangeServerRows.products(server));
            assertEquals(List.of(), JsonSyncApiTest.tempFilesOnceSettled(server));
        }
    }

    @Test
    void aTraversalFileNameIsOnlyALabel() throws Exception {
        Path outside = dir.getParent().resolve("evil-" + dir.getFileName() + ".csv");
        String name = "../../" + outside.getFileName();
        try (ApiServer server = ApiServer.start(dir)) {
            HttpResponse<String> r = upload(server, ApiServer.KEY, "file", name, "text/csv",
                    CSV.getBytes(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), r.body());
            assertFalse(Files.exists(outside));
            assertEquals("upload " + outside.getFileName(), server.store.sessions().recent(1).get(0).source());
            try (Stream<Path> files = Files.walk(dir)) {
                assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith("evil")).toList());
            }
            assertEquals(List.of(), JsonSyncApiTest.tempFilesOnceSettled(server));
        }
    }

    @Test
    void aWrongKeyAnswers401AndWritesNothing() throws Exception {
        try (ApiServer server = ApiServer.start(dir)) {
            HttpResponse<String> r = upload(server, "wrong", "file", "price.csv", "text/csv",
                    CSV.getBytes(StandardCharsets.UTF_8));
            assertEquals(401, r.statusCode());
            assertEquals("{\"status\":\"error\",\"processed\":0,\"created\":0,\"updated\":0,\"errors\":["
                    + "{\"index\":null,\"sku\":null,\"field\":null,"
                    + "\"message\":\"missing or wrong API key (X-API-Key header)\"}]}", r.body());
            assertEquals(0, ApiLimitsTest.ExchangeServerRows.products(server));
            assertEquals(List.of(), JsonSyncApiTest.tempFilesOnceSettled(server));
        }
    }

    @Test
    void aBodyWithoutAFilePartAnswers400() throws Exception {
        try (ApiServer server = ApiServer.start(dir)) {
            HttpResponse<String> r = upload(server, ApiServer.KEY, "document", "price.csv", "text/csv",
                    CSV.getBytes(StandardCharsets.UTF_8));
            assertEquals(400, r.statusCode());
            assertEquals("{\"status\":\"error\",\"processed\":0,\"created\":0,\"updated\":0,\"errors\":["
                    + "{\"index\":null,\"sku\":null,\"field\":null,"
                    + "\"message\":\"the body has no part named \\\"file\\\"\"}]}", r.body());
        }
    }

    @Test
    void anUploadOverTheLimitAnswers413() throws Exception {
        try (ApiServer server = ApiServer.start(dir, new ApiKey(ApiServer.KEY), s -> s.withBodyLimit(1024))) {
            HttpResponse<String> r = upload(server, ApiServer.KEY, "file", "price.csv", "text/csv",
                    ("x;y\r\n".repeat(1000)).getBytes(StandardCharsets.UTF_8));
            assertEquals(413, r.statusCode());
            assertEquals(ApiLimitsTest.TOO_LARGE, r.body());
            assertEquals(List.of(), JsonSyncApiTest.tempFilesOnceSettled(server));
        }
    }

    @Test
    void aChunkedUploadGrowingOverTheLimitAnswers413AndLeavesNoFile() throws Exception {
        try (ApiServer server = ApiServer.start(dir, new ApiKey(ApiServer.KEY), s -> s.withBodyLimit(200_000))) {
            byte[] body = multipart("file", "big.csv", "text/csv",
                    ("x;y\r\n".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
            // No Content-Length: the container's multipart limit, or the spool's count, must stop it.
            HttpRequest request = HttpRequest.newBuilder(server.uri("/api/1c/upload"))
                    .timeout(Duration.ofSeconds(30)).header("X-API-Key", ApiServer.KEY)
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                    .build();
            HttpResponse<String> r = server.send(request);
            assertEquals(413, r.statusCode(), r.body());
            assertEquals(ApiLimitsTest.TOO_LARGE.replace("1024", "200000"), r.body());
            assertEquals(List.of(), JsonSyncApiTest.tempFilesOnceSettled(server));
            assertEquals(0, ApiLimitsTest.ExchangeServerRows.products(server));
        }
    }

    static byte[] multipart(String part, String filename, String contentType, byte[] content) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    static HttpResponse<String> upload(ApiServer server, String key, String part, String filename,
                                       String contentType, byte[] content) throws Exception {
        byte[] body = multipart(part, filename, contentType, content);
        HttpRequest request = HttpRequest.newBuilder(server.uri("/api/1c/upload")).timeout(Duration.ofSeconds(30))
                .header("X-API-Key", key)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return server.send(request);
    }
}
