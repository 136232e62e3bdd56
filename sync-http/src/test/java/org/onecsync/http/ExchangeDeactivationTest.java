package org.onecsync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.Fixtures;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.store.MissingPolicy;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.SyncEngine;

/**
 * A packaged export of the real 1C catalog (cml207-ut11-package), split in the test into two full packages
 * imported one {@code import} call each, and {@code deactivate} after them: imports remove nothing, deactivate
 * removes exactly what none of the exchange's packages holds.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ExchangeDeactivationTest {

    static final String FIRST = "import0_1.xml";
    static final String SECOND = "import1_1.xml";
    static final Pattern ID = Pattern.compile("<Ид>([^<]+)</Ид>");

    /** The first 17 products of the fixture, the next 17, and the last one, which no exchange package holds. */
    static byte[] first;
    static byte[] second;
    static byte[] stale;
    static String staleId;
    static int packaged;

    @TempDir
    Path dir;

    @BeforeAll
    static void splitTheFixture() throws Exception {
        String text = Files.readString(Fixtures.require("cml207-ut11-package").resolve(FIRST),
                StandardCharsets.UTF_8);
        int open = text.indexOf("<Товары>") + "<Товары>".length();
        int close = text.indexOf("</Товары>");
        List<String> products = new ArrayList<>();
        for (int at = text.indexOf("<Товар>", open); at >= 0 && at < close; at = text.indexOf("<Товар>", at)) {
            int end = text.indexOf("</Товар>", at) + "</Товар>".length();
            products.add(text.substring(at, end));
            at = end;
        }
        assertEquals(35, products.size());
        String head = text.substring(0, open);
        String tail = text.substring(close);
        first = (head + String.join("", products.subList(0, 17)) + tail).getBytes(StandardCharsets.UTF_8);
        second = (head + String.join("", products.subList(17, 34)) + tail).getBytes(StandardCharsets.UTF_8);
        stale = (head + products.get(34) + tail).getBytes(StandardCharsets.UTF_8);
        Matcher id = ID.matcher(products.get(34));
        assertTrue(id.find());
        staleId = id.group(1);
        packaged = 34;
    }

    /** Imports the product no exchange package holds from disk, as a shop that had it before would. */
    void storeTheStaleProduct(ExchangeServer server) throws Exception {
        Path file = dir.resolve("stale").resolve(FIRST);
        Files.createDirectories(file.getParent());
        Files.write(file, stale);
        try (ExportSource source = ExportSources.open(file)) {
            SyncEngine.builder(server.store).build().importExport(source, ImportOptions.defaults());
        }
    }

    static void importBothPackages(ExchangeClient client, byte[] one, byte[] two) throws Exception {
        assertTrue(client.checkauth().startsWith("success\n"));
        assertTrue(client.call("mode=init").startsWith("zip=no\n"));
        assertEquals("success", client.upload(FIRST, one));
        assertTrue(client.importUntilDone(FIRST).startsWith("success\nimported " + FIRST + " (session "));
        assertEquals("success", client.upload(SECOND, two));
        assertTrue(client.importUntilDone(SECOND).startsWith("success\nimported " + SECOND + " (session "));
    }

    static List<String> products(List<String> dump) {
        return dump.stream().filter(row -> row.startsWith("products ")).toList();
    }

    static long active(List<String> dump) {
        return products(dump).stream().filter(row -> row.contains(" true {")).count();
    }

    /** The dump with the stale product's row turned inactive: what deactivation must leave, and nothing else. */
    static List<String> withStaleInactive(List<String> dump) {
        List<String> expected = new ArrayList<>();
        int flipped = 0;
        for (String row : dump) {
            if (row.startsWith("products ") && row.contains(staleId)) {
                String changed = row.replaceFirst(" true \\{", " false {");
                assertTrue(!changed.equals(row), row);
                expected.add(changed);
                flipped++;
            } else {
                expected.add(row);
            }
        }
        assertEquals(1, flipped, "stale product rows");
        return expected;
    }

    @Test
    void twoFullPackagesInTwoImportCallsKeepBothAndDeactivateRemovesOnlyWhatNeitherHolds() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            storeTheStaleProduct(server);
            ExchangeClient client = new ExchangeClient(server.url());
            importBothPackages(client, first, second);
            // The second full package did not deactivate the first one's products (nor the stale one): a client
            // that never sends deactivate (2.x) loses nothing.
            List<String> imported = ExchangeServer.dump(server.store);
            assertEquals(packaged + 1, products(imported).size());
            assertEquals(packaged + 1, active(imported));

            String reply = client.call("mode=deactivate&timestamp=1");
            assertTrue(reply.startsWith("success\ndeactivated what the full packages of this exchange no longer hold "
                    + "(exchange "), reply);
            assertTrue(reply.endsWith("): products 1"), reply);
            List<String> deactivated = ExchangeServer.dump(server.store);
            assertEquals(withStaleInactive(imported), deactivated);
            assertEquals(packaged, active(deactivated));

            // Asked again once it ended: the same answer at once, nothing applied again.
            assertEquals(reply, client.call("mode=deactivate"));
            assertTrue(client.call("mode=complete").startsWith("success\nexchange "));
            assertEquals(deactivated, ExchangeServer.dump(server.store));
        }
    }

    @Test
    void deactivateAfterAChangesOnlyExchangeDeactivatesNothing() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            storeTheStaleProduct(server);
            ExchangeClient client = new ExchangeClient(server.url());
            importBothPackages(client, changesOnly(first), changesOnly(second));
            List<String> imported = ExchangeServer.dump(server.store);
            assertEquals(packaged + 1, active(imported));
            assertEquals("success\nnothing deactivated: this exchange sent changes only, no full package",
                    client.call("mode=deactivate"));
            assertEquals(imported, ExchangeServer.dump(server.store));
        }
    }

    @Test
    void deactivateWithMissingPolicyKeepDeactivatesNothing() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s.withMissingPolicy(MissingPolicy.KEEP))) {
            storeTheStaleProduct(server);
            ExchangeClient client = new ExchangeClient(server.url());
            importBothPackages(client, first, second);
            List<String> imported = ExchangeServer.dump(server.store);
            assertEquals("success\nnothing deactivated: the server keeps records a full package no longer holds "
                    + "(missing policy keep)", client.call("mode=deactivate"));
            assertEquals(imported, ExchangeServer.dump(server.store));
            assertEquals(packaged + 1, active(imported));
        }
    }

    @Test
    void deactivateWithMissingPolicyDeleteDeletesWhatNeitherPackageHolds() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s.withMissingPolicy(MissingPolicy.DELETE))) {
            storeTheStaleProduct(server);
            ExchangeClient client = new ExchangeClient(server.url());
            importBothPackages(client, first, second);
            List<String> imported = ExchangeServer.dump(server.store);
            String reply = client.call("mode=deactivate");
            assertTrue(reply.startsWith("success\ndeleted what the full packages of this exchange no longer hold "
                    + "(exchange "), reply);
            assertTrue(reply.endsWith("): products 1"), reply);
            List<String> expected = imported.stream()
                    .filter(row -> !(row.startsWith("products ") && row.contains(staleId))).toList();
            assertEquals(imported.size() - 1, expected.size());
            assertEquals(expected, ExchangeServer.dump(server.store));
        }
    }

    @Test
    void aFailedImportInTheExchangeDeactivatesNothing() throws Exception {
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s)) {
            storeTheStaleProduct(server);
            ExchangeClient client = new ExchangeClient(server.url());
            assertTrue(client.checkauth().startsWith("success\n"));
            client.call("mode=init");
            assertEquals("success", client.upload(FIRST, first));
            assertTrue(client.importUntilDone(FIRST).startsWith("success\n"));
            byte[] truncated = java.util.Arrays.copyOf(second, second.length / 2);
            assertEquals("success", client.upload(SECOND, truncated));
            assertTrue(client.importUntilDone(SECOND).startsWith("failure\nimport of " + SECOND + " failed"));
            List<String> imported = ExchangeServer.dump(server.store);
            assertEquals("success\nnothing deactivated: the import of " + SECOND + " failed in this exchange, and "
                    + "deactivating after an incomplete exchange would remove what it did not deliver",
                    client.call("mode=deactivate"));
            assertEquals(imported, ExchangeServer.dump(server.store));
        }
    }

    @Test
    void deactivatePolledWithATinyTimeBoxAnswersProgressThenSuccess() throws Exception {
        GatedExecutor jobs = new GatedExecutor();
        try (ExchangeServer server = new ExchangeServer(JdbiCatalogStore.open("jdbc:sqlite:"
                + dir.resolve("store.db")), dir.resolve("uploads"),
                s -> s.withImportTimeBox(Duration.ofMillis(50)), jobs)) {
            storeTheStaleProduct(server);
            ExchangeClient client = new ExchangeClient(server.url());
            importBothPackages(client, first, second);
            List<String> imported = ExchangeServer.dump(server.store);

            // Hold the deactivation's job before it starts, so that the first call must answer progress.
            CountDownLatch gate = new CountDownLatch(1);
            jobs.gate = gate;
            assertEquals("progress\ndeactivating what the full packages no longer hold (" + FIRST + ", " + SECOND
                    + "): queued", client.call("mode=deactivate"));
            assertEquals("progress\ndeactivating what the full packages no longer hold (" + FIRST + ", " + SECOND
                    + "): queued", client.call("mode=deactivate"));
            // The files it reads again may not change under it.
            assertTrue(client.upload(SECOND, second).startsWith("failure\nthe deactivation of exchange "));
            assertEquals(imported, ExchangeServer.dump(server.store));
            jobs.gate = null;
            gate.countDown();

            String reply = null;
            for (int i = 0; i < 2000; i++) {
                reply = client.call("mode=deactivate");
                if (!reply.startsWith("progress\n")) {
                    break;
                }
                assertTrue(reply.startsWith("progress\ndeactivating what the full packages no longer hold ("), reply);
            }
            if (reply == null || reply.startsWith("progress")) {
                fail("deactivate never ended: " + reply);
            }
            assertTrue(reply.startsWith("success\ndeactivated what the full packages of this exchange"), reply);
            assertTrue(reply.endsWith("): products 1"), reply);
            assertEquals(withStaleInactive(imported), ExchangeServer.dump(server.store));
            assertEquals(reply, client.call("mode=deactivate"));
        }
    }

    static byte[] changesOnly(byte[] full) {
        return new String(full, StandardCharsets.UTF_8)
                .replace("СодержитТолькоИзменения=\"false\"", "СодержитТолькоИзменения=\"true\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Runs each job on a thread of its own, holding a job that starts while the gate is set until it opens. */
    static final class GatedExecutor extends ThreadPoolExecutor {

        volatile CountDownLatch gate;

        GatedExecutor() {
            super(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>());
        }

        @Override
        protected void beforeExecute(Thread thread, Runnable task) {
            CountDownLatch held = gate;
            if (held != null) {
                try {
                    held.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
