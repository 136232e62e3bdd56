package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --config FILE} (or {@code $ONEC_SYNC_CONFIG}): the credentials, the API key and the options come
 * from the file; the command line wins over the environment, which wins over the file; a bad file is refused with
 * one line naming it, before anything is opened; secrets are never printed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServeConfigTest {

    private static final String EXPECTED_KEYS = "(expected exchange.user, exchange.password, api.key or an option: "
            + "host, port, db, zip, file-limit, exchange-limit, import-wait, reply-charset, upload-dir, missing, "
            + "api-body-limit, api-wait, order-charset, order-limit, order-statuses, payment-systems, "
            + "delivery-services)";

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void theFileGivesTheCredentialsTheKeyAndEveryOption() throws Exception {
        Path db = dir.resolve("from-file.db");
        Path uploads = dir.resolve("uploads");
        Path file = config("# serve settings", "exchange.user = shop", "exchange.password = file-pass",
                "api.key: file-key", "host=127.0.0.1", "port=0", "db=" + db, "zip=yes", "file-limit=30k",
                "exchange-limit=1m", "import-wait=7", "reply-charset=windows-1251", "upload-dir=" + uploads,
                "missing=keep", "api-body-limit=2m", "api-wait=55", "order-charset=windows-1251", "order-limit=50",
                "order-statuses=Принят, Отгружен", "payment-systems=Картой", "delivery-services=Курьер");
        try (ServeInProcess serve = ServeInProcess.start(Map.of(), "serve", "--config", file.toString())) {
            String out = serve.out();
            assertTrue(out.contains("  user:         shop\n  password:     exchange.password in " + file + "\n"), out);
            assertTrue(out.contains("Settings: zip=yes, file_limit=30720 bytes, replies in windows-1251, exchanges "
                    + "up to 1048576 bytes, import calls answered within 7 s, deactivate: off (--missing keep)\n"
                    + "Config file: " + file + "\nUploads and exchange logs: " + uploads + "\n"
                    + "Orders (type=sale, same address): the order book in the database (onec-sync orders add), "
                    + "documents in windows-1251, at most 50 orders per query"), out);
            assertTrue(out.contains("key in X-API-Key: api.key in " + file + "; bodies up to 2097152 bytes, imports "
                    + "waited for 55 s\n"), out);

            String checkauth = exchange(serve, "checkauth", "shop:file-pass");
            assertTrue(checkauth.startsWith("success\n"), checkauth);
            assertEquals("zip=yes\nfile_limit=30720", exchange(serve, "init", "shop:file-pass"));
            byte[] big = ("<?xml version=\"1.0\"?>" + "x".repeat(1_100_000)).getBytes(StandardCharsets.UTF_8);
            assertEquals("failure\nfile big.xml is larger than the limit of 1048576 bytes per exchange; nothing of it "
                    + "was kept", exchange(serve, "file&filename=big.xml", "shop:file-pass", big));
            assertEquals(200, push(serve, "file-key").statusCode());
            assertTrue(Files.exists(db));
            assertEquals(0, serve.stop());
            assertNoSecret(serve.out() + serve.err(), "file-pass", "file-key");
        }
    }

    @Test
    void theCommandLineWinsOverTheEnvironmentWhichWinsOverTheFile() throws Exception {
        Path fileDb = dir.resolve("file.db");
        Path envDb = dir.resolve("env.db");
        Path file = config("exchange.user=file-user", "exchange.password=file-pass", "api.key=file-key", "port=0",
                "db=" + fileDb, "file-limit=30k", "upload-dir=" + dir.resolve("uploads"));
        Map<String, String> environment = Map.of("ONEC_SYNC_CONFIG", file.toString(),
                "ONEC_SYNC_EXCHANGE_PASSWORD", "env-pass", "ONEC_SYNC_API_KEY", "env-key", "ONEC_SYNC_DB",
                envDb.toString());
        try (ServeInProcess serve = ServeInProcess.start(environment, "serve", "--file-limit", "40k")) {
            String out = serve.out();
            assertTrue(out.contains("  user:         file-user\n  password:     the value of "
                    + "$ONEC_SYNC_EXCHANGE_PASSWORD\n"), out);
            assertTrue(out.contains("Settings: zip=no, file_limit=40960 bytes,"), out);
            assertTrue(out.contains("Config file: " + file + "\n"), out);
            assertTrue(out.contains("key in X-API-Key: the value of $ONEC_SYNC_API_KEY;"), out);

            assertTrue(exchange(serve, "checkauth", "file-user:env-pass").startsWith("success\n"));
            assertTrue(exchange(serve, "checkauth", "file-user:file-pass").startsWith("failure\n"));
            assertEquals(401, push(serve, "file-key").statusCode());
            assertEquals(200, push(serve, "env-key").statusCode());
            assertEquals(0, serve.stop());
            assertNoSecret(serve.out() + serve.err(), "env-pass", "file-pass", "env-key", "file-key");
        }
        assertTrue(Files.exists(envDb));
        assertFalse(Files.exists(fileDb));
    }

    @Test
    void anUnknownKeyIsRefusedWithTheFileAndItsLine() throws Exception {
        Path file = config("# the port", "", "exchange.user=u", "prot=8081");
        CliRun run = CliRun.withEnvironment(Map.of("ONEC_SYNC_CONFIG", dir.resolve("absent.properties").toString()),
                "serve", "--config", file.toString(), "--db", dir.resolve("x.db").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("error: config file " + file + ", line 4: unknown key 'prot' " + EXPECTED_KEYS + "\n",
                run.err());
        assertFalse(Files.exists(dir.resolve("x.db")));
    }

    @Test
    void aConfigFileWithASecretReadableByOthersIsRefusedWithoutShowingIt() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions are not supported here");
        Path file = config("exchange.user=u", "exchange.password=hunter2");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        CliRun run = CliRun.of("serve", "--config", file.toString(), "--db", dir.resolve("x.db").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("error: config file " + file + " holds exchange.password but can be read by others "
                + "(rw-r--r--): make it private (chmod 600) or keep the secrets in the environment\n", run.err());
        assertNoSecret(run.out() + run.err(), "hunter2");
        assertFalse(Files.exists(dir.resolve("x.db")));
    }

    @Test
    void aBadValueFromTheFileNamesTheFileAndItsLine() throws Exception {
        // Readable by others, but it holds no secret: only the port is wrong.
        Path file = config("exchange.user=u", "port=eighty");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        CliRun run = CliRun.of("serve", "--config", file.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("error: invalid value for option '--port': 'eighty' is not an int (in " + file + ", line 2)\n"
                + "Try 'onec-sync serve --help' for more information.\n", run.err());

        Path sizes = config("file-limit=12x");
        CliRun size = CliRun.of("serve", "--config", sizes.toString());
        assertEquals(2, size.exitCode(), size.err());
        assertTrue(size.err().startsWith("error: invalid value for option '--file-limit': '12x' is not a size "
                + "(expected bytes, or with k, m or g (KiB, MiB, GiB), e.g. 100m) (in " + sizes + ", line 1)\n"),
                size.err());

        Path policy = config("missing=sometimes");
        CliRun missing = CliRun.withEnvironment(Map.of("ONEC_SYNC_EXCHANGE_USER", "u", "ONEC_SYNC_EXCHANGE_PASSWORD",
                "p"), "serve", "--config", policy.toString(), "--db", dir.resolve("x.db").toString());
        assertEquals(2, missing.exitCode(), missing.err());
        assertTrue(missing.err().startsWith("error: invalid value for option '--missing': 'sometimes' (choose one "
                + "of keep, deactivate, delete) (in " + policy + ", line 1)\n"), missing.err());
        assertFalse(Files.exists(dir.resolve("x.db")));

        Path database = config("# where", "db=mysql://shop");
        CliRun db = CliRun.withEnvironment(Map.of("ONEC_SYNC_EXCHANGE_USER", "u", "ONEC_SYNC_EXCHANGE_PASSWORD", "p"),
                "serve", "--config", database.toString());
        assertEquals(2, db.exitCode(), db.err());
        assertTrue(db.err().startsWith("error: --db: "), db.err());
        assertTrue(db.err().contains(" (in " + database + ", line 2)\n"), db.err());

        // An empty host would listen on every interface.
        Path host = config("host=");
        CliRun blank = CliRun.withEnvironment(Map.of("ONEC_SYNC_EXCHANGE_USER", "u", "ONEC_SYNC_EXCHANGE_PASSWORD",
                "p"), "serve", "--config", host.toString(), "--db", dir.resolve("x.db").toString());
        assertEquals(2, blank.exitCode(), blank.err());
        assertTrue(blank.err().startsWith("error: invalid value for option '--host': '' (expected an address: "
                + "127.0.0.1, or 0.0.0.0 for every interface) (in " + host + ", line 1)\n"), blank.err());
        assertFalse(Files.exists(dir.resolve("x.db")));
    }

    @Test
    void aMissingOrUnreadableConfigFileIsRefused() throws Exception {
        Path absent = dir.resolve("absent.properties").toAbsolutePath();
        CliRun run = CliRun.withEnvironment(Map.of("ONEC_SYNC_CONFIG", absent.toString()), "serve");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("error: config file " + absent + ": no such file\n", run.err());

        Path latin1 = dir.resolve("latin1.properties");
        Files.write(latin1, "exchange.user=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun notUtf8 = CliRun.of("serve", "--config", latin1.toString());
        assertEquals(2, notUtf8.exitCode(), notUtf8.err());
        assertEquals("error: config file " + latin1 + ": not UTF-8 text\n", notUtf8.err());

        Path twice = config("port=1", "port=2");
        CliRun repeated = CliRun.of("serve", "--config", twice.toString());
        assertEquals(2, repeated.exitCode(), repeated.err());
        assertEquals("error: config file " + twice + ": line 2: 'port' is already set on line 1\n", repeated.err());
    }

    /** Writes a private config file (as one holding secrets must be) with these lines. */
    private Path config(String... lines) throws Exception {
        Path file = Files.createTempFile(dir, "serve", ".properties");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file.toAbsolutePath();
    }

    private String exchange(ServeInProcess serve, String mode, String userAndPassword) throws Exception {
        return exchange(serve, mode, userAndPassword, null);
    }

    private String exchange(ServeInProcess serve, String mode, String userAndPassword, byte[] body) throws Exception {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(serve.root()
                + "/1c_exchange?type=catalog&mode=" + mode)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30))
                .method(body == null ? "GET" : "POST", body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode());
        return reply.body();
    }

    private HttpResponse<String> push(ServeInProcess serve, String key) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(serve.root() + "/api/1c/sync")).header("X-API-Key", key)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString("{\"products\": [{\"sku\": "
                    + "\"A-1\", \"name\": \"Дрель\", \"price\": 10}]}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoSecret(String output, String... secrets) {
        for (String secret : secrets) {
            assertFalse(output.contains(secret), "the output shows '" + secret + "': " + output);
        }
    }
}
