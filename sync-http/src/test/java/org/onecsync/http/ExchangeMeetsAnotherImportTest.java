package org.onecsync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.Fixtures;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.ImportLock;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.SyncEngine;

/**
 * An exchange's {@code import} that meets another import (a JSON push, an {@code onec-sync import}) holding the
 * import lock waits for it, answering {@code progress}, instead of failing: 1C goes on with its next file after a
 * {@code failure}, and the file would be lost.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ExchangeMeetsAnotherImportTest {

    @TempDir
    Path dir;

    @Test
    void anImportMeetingAnotherImportAnswersProgressWhileItWaitsThenSuccess() throws Exception {
        byte[] file = Files.readAllBytes(Fixtures.require("cml207-ut11-package")
                .resolve(ExchangeDeactivationTest.FIRST));
        try (ExchangeServer server = ExchangeServer.sqlite(dir, s -> s.withImportTimeBox(Duration.ofMillis(200)))) {
            server.store.prepare();
            ExchangeClient client = new ExchangeClient(server.url());
            assertTrue(client.checkauth().startsWith("success\n"));
            assertTrue(client.call("mode=init").startsWith("zip=no\n"));
            assertEquals("success", client.upload(ExchangeDeactivationTest.FIRST, file));
            try (ImportLock other = server.store.lock()) {
                String waiting = "progress\nimporting " + ExchangeDeactivationTest.FIRST + ": waiting for another "
                        + "import, 0 %, 0 records read";
                String reply = client.call("mode=import&filename=" + ExchangeDeactivationTest.FIRST);
                for (int i = 0; i < 100 && reply.endsWith(": queued"); i++) {
                    reply = client.call("mode=import&filename=" + ExchangeDeactivationTest.FIRST);
                }
                assertEquals(waiting, reply);
                assertEquals(waiting, client.call("mode=import&filename=" + ExchangeDeactivationTest.FIRST));
            }
            String done = client.importUntilDone(ExchangeDeactivationTest.FIRST);
            assertTrue(done.startsWith("success\nimported " + ExchangeDeactivationTest.FIRST + " (session 1): "),
                    done);
            assertEquals(fromDisk(file), ExchangeServer.dump(server.store));
        }
    }

    private java.util.List<String> fromDisk(byte[] file) throws Exception {
        Path copy = dir.resolve("disk").resolve(ExchangeDeactivationTest.FIRST);
        Files.createDirectories(copy.getParent());
        Files.write(copy, file);
        try (CatalogStore store = JdbiCatalogStore.open("jdbc:sqlite:" + dir.resolve("disk.db"));
             ExportSource source = ExportSources.open(copy)) {
            SyncEngine.builder(store).build().importExport(source, ImportOptions.defaults());
            return ExchangeServer.dump(store);
        }
    }
}
