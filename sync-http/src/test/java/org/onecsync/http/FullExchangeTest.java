package org.onecsync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.Fixtures;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.MissingPolicy;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.SyncEngine;

/**
 * Full catalog exchanges of the real 1C package (import0_1.xml, offers0_1.xml) against the real server: the data
 * must land exactly as an import of the same files from disk does, whatever the client's habits.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FullExchangeTest {

    static final String IMPORT = "import0_1.xml";
    static final String OFFERS = "offers0_1.xml";

    static Path fixture;
    static List<String> fromDisk;

    @TempDir
    Path dir;

    @BeforeAll
    static void importFromDisk(@TempDir Path diskDir) throws Exception {
        fixture = Fixtures.require("cml207-ut11-package");
        try (CatalogStore store = JdbiCatalogStore.open("jdbc:sqlite:" + diskDir.resolve("disk.db"));
             ExportSource source = ExportSources.open(fixture)) {
            SyncEngine.builder(store).build().importExport(source,
                    ImportOptions.defaults().withMissingPolicy(MissingPolicy.DEACTIVATE));
            fromDisk = ExchangeServer.dump(store);
        }
        assertFalse(fromDisk.isEmpty());
    }

    static byte[] file(String name) throws Exception {
        return Files.readAllBytes(fixture.resolve(name));
    }

    /** checkauth → init → file import → import import → file offers → import offers → deactivate → complete. */
    static void plainExchange(ExchangeClient client, int chunk) throws Exception {
        assertTrue(client.checkauth().startsWith("success\n"));
        assertTrue(client.call("mode=init").startsWith("zip=no\nfile_limit="));
        for (String name : List.of(IMPORT, OFFERS)) {
            if (chunk > 0) {
                client.uploadChunked(name, file(name), chunk);
            } else {
                assertEquals("success", client.upload(name, file(name)));
            }
            String reply = client.importUntilDone(name);
            assertTrue(reply.startsWith("success\nimported " + name), reply);
        }
        String deactivate = client.call("mode=deactivate&timestamp=1");
        // A fresh store holds only what this exchange sent: the deactivation finds nothing to remove.
        assertTrue(deactivate.startsWith("success\nnothing to deactivate: every stored record is in the full "
                + "packages of this exchange (exchange "), deactivate);
        assertTrue(client.call("mode=complete").startsWith("success\n"));
    }

    @Test
    void aWholeFileExchangeLandsAsAnImportFromDisk() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            plainExchange(new ExchangeClient(server.url()), 0);
            assertEquals(fromDisk, ExchangeServer.dump(server.store));
        }
    }

    @Test
    void aChunkedExchangeAppendsTheChunksAndLandsTheSame() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s.withFileLimit(10_000))) {
            ExchangeClient client = new ExchangeClient(server.url());
            assertTrue(client.checkauth().startsWith("success\n"));
            assertEquals("zip=no\nfile_limit=10000", client.call("mode=init"));
            for (String name : List.of(IMPORT, OFFERS)) {
                client.uploadChunked(name, file(name), 10_000);
                assertTrue(client.importUntilDone(name).startsWith("success\nimported " + name));
            }
            assertEquals(fromDisk, ExchangeServer.dump(server.store));
        }
    }

    static byte[] zipOf(String... names) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(file(name));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aZipExchangeIsUnpackedOnTheFirstImportAndLandsTheSame() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s.withZip(true))) {
            ExchangeClient client = new ExchangeClient(server.url());
            assertTrue(client.checkauth().startsWith("success\n"));
            assertEquals("zip=yes\nfile_limit=8388608", client.call("mode=init"));
            assertEquals("success", client.upload("v8_1A76_155ae.zip", zipOf(IMPORT, OFFERS)));
            // Both files of the zip were uploaded before import.xml: applied together, in one transaction.
            assertTrue(client.importUntilDone(IMPORT).startsWith("success\nimported " + IMPORT + ", " + OFFERS));
            assertTrue(client.importUntilDone(OFFERS).startsWith("success\nimported " + IMPORT + ", " + OFFERS));
            assertEquals(fromDisk, ExchangeServer.dump(server.store));
        }
    }

    /** A zip with the package and a large image, which takes its unpacking a while. */
    static byte[] zipWithImage() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : new String[] {IMPORT, OFFERS}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(file(name));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("import_files/ab/photo.jpg"));
            zip.write(new byte[40_000_000]);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void aZipIsUnpackedByAJobWhileImportAnswersProgressNotInsideTheCall() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s.withZip(true)
                .withImportTimeBox(Duration.ofMillis(1)))) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.checkauth();
            client.call("mode=init");
            assertEquals("success", client.upload("v8_1A76_155ae.zip", zipWithImage()));

            String first = client.call("mode=import&filename=" + IMPORT);
            assertTrue(first.startsWith("progress\nunpacking v8_1A76_155ae.zip: "), first);
            String reply = client.importUntilDone(IMPORT);
            assertTrue(reply.startsWith("success\nimported " + IMPORT + ", import_files/ab/photo.jpg, " + OFFERS),
                    reply);
            assertEquals(reply, client.importUntilDone(OFFERS));
            assertEquals(fromDisk, ExchangeServer.dump(server.store));
            Path files;
            try (Stream<Path> exchanges = Files.list(server.uploads)) {
                files = exchanges.filter(Files::isDirectory).findFirst().orElseThrow().resolve("files");
            }
            assertEquals(40_000_000, Files.size(files.resolve("import_files/ab/photo.jpg")));
            // The zip's own bytes go once it is unpacked.
            assertFalse(Files.exists(files.resolve("v8_1A76_155ae.zip")));
        }
    }

    @Test
    void importingTheZipsOwnNameAfterItWasUnpackedIsRefused() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s.withZip(true))) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.checkauth();
            client.call("mode=init");
            assertEquals("success", client.upload("v8_1A76_155ae.zip", zipOf(IMPORT, OFFERS)));
            assertTrue(client.importUntilDone(IMPORT).startsWith("success\n"));
            assertEquals("failure\nv8_1A76_155ae.zip is a zip, unpacked already: import the files inside it by "
                    + "their names", client.importUntilDone("v8_1A76_155ae.zip"));
        }
    }

    @Test
    void aChunkedZipExchangeLandsTheSame() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s.withZip(true).withFileLimit(4096))) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.checkauth();
            client.call("mode=init");
            client.uploadChunked("v8_1A76_155ae.zip", zipOf(IMPORT, OFFERS), 4096);
            assertTrue(client.importUntilDone(IMPORT).startsWith("success\n"));
            assertTrue(client.importUntilDone(OFFERS).startsWith("success\n"));
            assertEquals(fromDisk, ExchangeServer.dump(server.store));
        }
    }

    @Test
    void aCookieOnlyClientCompletesTheExchange() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.sendBasic = false;
            plainExchange(client, 0);
            assertEquals(fromDisk, ExchangeServer.dump(server.store));
        }
    }

    @Test
    void aCookieOnlyClientReadingSetCookieCompletesTheExchange() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.sendBasic = false;
            client.sendSessid = false;
            String reply = client.checkauth();
            String[] lines = reply.split("\n");
            // Set-Cookie carries the very value of the reply lines.
            assertTrue(client.setCookieHeader.startsWith(lines[1] + "=" + lines[2] + ";"), client.setCookieHeader);
            client.cookie = client.setCookieHeader.substring(0, client.setCookieHeader.indexOf(';'));
            assertEquals("zip=no\nfile_limit=8388608", client.call("mode=init"));
            assertEquals("success", client.upload(IMPORT, file(IMPORT)));
            assertTrue(client.importUntilDone(IMPORT).startsWith("success\n"));
        }
    }

    @Test
    void aBasicOnlyClientWithoutCookieOrSessidCompletesTheExchange() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.sendCookie = false;
            client.sendSessid = false;
            plainExchange(client, 0);
            assertEquals(fromDisk, ExchangeServer.dump(server.store));
        }
    }

    @Test
    void aClientPostingEveryCallCompletesTheExchange() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.allPost = true;
            plainExchange(client, 0);
            assertEquals(fromDisk, ExchangeServer.dump(server.store));
        }
    }

    @Test
    void offersImportedFirstAreAppliedTogetherWithTheCatalogUploadedBeforeThem() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.checkauth();
            client.call("mode=init");
            assertEquals("success", client.upload(IMPORT, file(IMPORT)));
            assertEquals("success", client.upload(OFFERS, file(OFFERS)));
            assertTrue(client.importUntilDone(OFFERS).startsWith("success\nimported " + IMPORT + ", " + OFFERS));
            // Already applied with the offers: answered at once.
            assertTrue(client.importUntilDone(IMPORT).startsWith("success\nimported " + IMPORT + ", " + OFFERS));
            assertEquals(fromDisk, ExchangeServer.dump(server.store));
        }
    }

    @Test
    void aFileReSentWholeReplacesTheFirstUpload() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.checkauth();
            client.call("mode=init");
            assertEquals("success", client.upload(IMPORT, file(IMPORT)));
            assertEquals("success", client.upload(IMPORT, file(IMPORT)));
            assertTrue(client.importUntilDone(IMPORT).startsWith("success\n"));
            assertEquals("success", client.upload(OFFERS, file(OFFERS)));
            assertTrue(client.importUntilDone(OFFERS).startsWith("success\n"));
            assertEquals(fromDisk, ExchangeServer.dump(server.store));
        }
    }

    @Test
    void deactivateAfterAChangesOnlyExchangeDeactivatesNothing() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.checkauth();
            client.call("mode=init");
            byte[] changes = new String(file(IMPORT), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("СодержитТолькоИзменения=\"false\"", "СодержитТолькоИзменения=\"true\"")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals("success", client.upload(IMPORT, changes));
            assertTrue(client.importUntilDone(IMPORT).startsWith("success\n"));
            assertEquals("success\nnothing deactivated: this exchange sent changes only, no full package",
                    client.call("mode=deactivate"));
        }
    }

    @Test
    void deactivateBeforeAnyImportDeactivatesNothing() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.checkauth();
            client.call("mode=init");
            assertEquals("success", client.upload(IMPORT, file(IMPORT)));
            assertEquals("success\nnothing deactivated: no file was imported in this exchange",
                    client.call("mode=deactivate"));
        }
    }

    @Test
    void theFullExchangeLandsTheSameInPostgresql() throws Exception {
        String base = System.getenv("ONEC_SYNC_TEST_PG_URL");
        org.junit.jupiter.api.Assumptions.assumeTrue(base != null && !base.isBlank(),
                "ONEC_SYNC_TEST_PG_URL is not set: PostgreSQL test skipped");
        String schema = "http_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(base);
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        try (ExchangeServer server = new ExchangeServer(JdbiCatalogStore.open(base + (base.contains("?") ? "&" : "?")
                + "currentSchema=" + schema), dir.resolve("uploads"), s -> s.withFileLimit(20_000))) {
            plainExchange(new ExchangeClient(server.url()), 20_000);
            assertEquals(fromDisk, ExchangeServer.dump(server.store));
        } finally {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(base);
                 java.sql.Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void theExchangeLogHasOneLinePerCallWithoutSecrets() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            ExchangeClient client = new ExchangeClient(server.url());
            plainExchange(client, 0);
            Path log = server.handler.currentLog();
            String text = Files.readString(log);
            List<String> lines = text.lines().toList();
            int size = file(IMPORT).length;
            assertTrue(lines.get(0).contains("\tcheckauth\t"), lines.get(0));
            assertTrue(lines.get(1).contains("\tinit\t"), lines.get(1));
            assertTrue(lines.stream().anyMatch(l -> l.contains("\tPOST\tfile\t" + IMPORT + "\t"
                    + size + "\t") && l.contains("\tsuccess\t")), text);
            assertTrue(lines.get(lines.size() - 1).contains("\tcomplete\t"), text);
            assertFalse(text.contains(ExchangeServer.PASSWORD), text);
            assertFalse(text.contains(client.sessid), text);
            assertFalse(text.contains(client.cookie.substring(client.cookie.indexOf('=') + 1)), text);
        }
    }
}
