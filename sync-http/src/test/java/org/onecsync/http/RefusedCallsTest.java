package org.onecsync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every bad call answers {@code failure} and a reason, and writes nothing outside the upload folder. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RefusedCallsTest {

    @TempDir
    Path dir;

    private static final byte[] XML = "<?xml version=\"1.0\"?><КоммерческаяИнформация/>"
            .getBytes(StandardCharsets.UTF_8);

    private List<Path> everythingOutsideUploads() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.startsWith(dir.resolve("uploads")))
                    .filter(p -> !p.getFileName().toString().startsWith("store.db")).toList();
        }
    }

    @Test
    void aWrongPasswordIsRefusedAtCheckauthAndOnLaterCalls() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.password = "wrong";
            assertEquals("failure\nwrong user or password", client.checkauth());
            assertEquals("failure\nwrong user or password", client.call("mode=init"));
            assertEquals("failure\nwrong user or password", client.upload("import.xml", XML));
            assertEquals(List.of(), everythingOutsideUploads());
        }
    }

    @Test
    void aCallWithoutCredentialsOrCookieIsRefused() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.sendBasic = false;
            assertEquals("failure\nno user and password sent: enter them in 1C's exchange settings",
                    new String(client.send("mode=checkauth", null, false).body(), StandardCharsets.UTF_8));
            assertEquals("failure\nnot logged in: call checkauth first, or send the user and password",
                    client.call("mode=init"));
        }
    }

    @Test
    void aWrongSessidIsRefusedAndAMissingOneAccepted() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            ExchangeClient client = new ExchangeClient(server.url());
            String reply = client.checkauth();
            assertTrue(client.sessid.matches("[0-9a-f]{32}"), reply);
            assertTrue(reply.matches("success\nonecsync_session\n[0-9a-f]{32}\nsessid=[0-9a-f]{32}\ntimestamp=\\d+"),
                    reply);
            String issued = client.sessid;
            client.sessid = "0123456789abcdef0123456789abcdef";
            assertEquals("failure\nwrong sessid: log in again with checkauth", client.call("mode=init"));
            client.sendBasic = false;
            assertEquals("failure\nwrong sessid: log in again with checkauth", client.call("mode=init"));
            client.sessid = null;
            assertEquals("zip=no\nfile_limit=8388608", client.call("mode=init"));
            client.sessid = issued;
            assertEquals("zip=no\nfile_limit=8388608", client.call("mode=init"));
        }
    }

    @Test
    void anUnknownModeIsAnsweredUnknownMode() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.checkauth();
            assertEquals("failure\nUnknown mode", client.call("mode=frobnicate"));
            assertEquals("failure\nUnknown mode", new String(client.send("x=1", null, false).body(),
                    StandardCharsets.UTF_8));
        }
    }

    @Test
    void traversalFilenamesAreRefusedAndNothingIsWrittenOutsideTheUploadFolder() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.checkauth();
            client.call("mode=init");
            List<String> names = List.of("../escaped.xml", "../../escaped.xml", "a/../../escaped.xml",
                    "/tmp/escaped.xml", dir.resolve("escaped.xml").toString(), "..\\escaped.xml",
                    "a\\..\\..\\escaped.xml", "C:escaped.xml", "C:/escaped.xml", "escaped.xml\0.jpg",
                    "./escaped.xml", "a//escaped.xml", "");
            for (String name : names) {
                String reply = client.upload(name, XML);
                assertTrue(reply.startsWith("failure\n"), name + " -> " + reply);
                assertEquals(1, reply.split("\n").length == 2 ? 1 : 0, reply);
                String imported = client.call("mode=import&filename=" + ExchangeClient.enc(name));
                assertTrue(imported.startsWith("failure\n"), name + " -> " + imported);
            }
            // Percent-encoded dots arrive decoded and are refused the same way.
            assertTrue(client.call("mode=file&filename=%2e%2e%2fescaped.xml").startsWith("failure\n"));
            assertEquals(List.of(), everythingOutsideUploads());
            try (Stream<Path> files = Files.walk(dir.resolve("uploads"))) {
                assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("escaped")));
            }
        }
    }

    @Test
    void aZipSlipIsRefusedAtImportAndNothingIsWrittenOutsideTheUploadFolder() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s.withZip(true))) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.checkauth();
            client.call("mode=init");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("import.xml"));
                zip.write(XML);
                zip.putNextEntry(new ZipEntry("../../../slipped.xml"));
                zip.write(XML);
            }
            assertEquals("success", client.upload("v8_1.zip", bytes.toByteArray()));
            String reply = client.call("mode=import&filename=import.xml");
            assertTrue(reply.startsWith("failure\nzip v8_1.zip refused: "), reply);
            assertEquals(List.of(), everythingOutsideUploads());
            try (Stream<Path> files = Files.walk(dir.resolve("uploads"))) {
                assertEquals(List.of(), files.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().equals("exchange.log")).toList());
            }
        }
    }

    @Test
    void aZipBombIsRefusedAndNothingOfItKept() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s.withSizeLimits(100_000, 1_000_000))) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.checkauth();
            client.call("mode=init");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("import.xml"));
                zip.write(new byte[5_000_000]);
            }
            assertTrue(bytes.size() < 100_000);
            assertEquals("success", client.upload("bomb.zip", bytes.toByteArray()));
            String reply = client.call("mode=import&filename=import.xml");
            assertTrue(reply.startsWith("failure\nzip bomb.zip refused: "), reply);
            try (Stream<Path> files = Files.walk(dir.resolve("uploads"))) {
                assertEquals(List.of(), files.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().equals("exchange.log")).toList());
            }
        }
    }

    @Test
    void aFileOverThePerFileLimitIsRefusedAndNothingOfItKept() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s.withSizeLimits(1000, 10_000))) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.checkauth();
            client.call("mode=init");
            assertEquals("success", client.upload("import.xml", new byte[600]));
            String reply = client.upload("import.xml", new byte[600]);
            assertEquals("failure\nfile import.xml is larger than the limit of 1000 bytes per file; nothing of it "
                    + "was kept", reply);
            assertEquals("failure\nno file named import.xml was uploaded in this exchange",
                    client.call("mode=import&filename=import.xml"));
        }
    }

    @Test
    void filesOverThePerExchangeLimitAreRefused() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s.withSizeLimits(1000, 1500))) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.checkauth();
            client.call("mode=init");
            assertEquals("success", client.upload("a.xml", new byte[900]));
            assertEquals("failure\nfile b.xml is larger than the limit of 1500 bytes per exchange; nothing of it "
                    + "was kept", client.upload("b.xml", new byte[900]));
            assertEquals("success", client.upload("b.xml", new byte[500]));
        }
    }

    @Test
    void aBrokenXmlFileFailsItsImportAndLeavesTheStoreAsItWas() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.checkauth();
            client.call("mode=init");
            assertEquals("success", client.upload("import.xml",
                    "<?xml version=\"1.0\"?><КоммерческаяИнформация><Каталог>".getBytes(StandardCharsets.UTF_8)));
            String reply = client.importUntilDone("import.xml");
            assertTrue(reply.startsWith("failure\nimport of import.xml failed, nothing of it was applied: "), reply);
            assertEquals(2, reply.split("\n").length, reply);
            assertEquals(reply, client.importUntilDone("import.xml"));
            assertEquals(List.of(), ExchangeServer.dump(server.store));
        }
    }

    @Test
    void repliesAreInWindows1251WhenConfigured() throws Exception {
        Charset cp1251 = Charset.forName("windows-1251");
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s.withReplyCharset(cp1251))) {
            ExchangeClient client = new ExchangeClient(server.url());
            client.charset = cp1251;
            client.checkauth();
            client.call("mode=init");
            var response = client.send("mode=import&filename=" + ExchangeClient.enc("товары.xml"), null, false);
            assertEquals("text/plain; charset=windows-1251", response.headers().firstValue("Content-Type")
                    .orElseThrow());
            assertEquals("failure\nno file named товары.xml was uploaded in this exchange",
                    new String(response.body(), cp1251));
        }
    }
}
