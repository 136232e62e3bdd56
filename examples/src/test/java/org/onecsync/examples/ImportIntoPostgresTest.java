package org.onecsync.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onecsync.model.EntityType;
import org.onecsync.store.SessionStatus;
import org.onecsync.sync.ImportReport;

class ImportIntoPostgresTest {

    @Test
    void importsTheSampleExportAndHearsEveryProductChange() throws IOException, SQLException {
        String base = System.getenv("ONEC_SYNC_TEST_PG_URL");
        assumeTrue(base != null && !base.isBlank(), "ONEC_SYNC_TEST_PG_URL is not set: PostgreSQL tests skipped");
        String schema = "onecsync_example_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            Path sample = Path.of(System.getProperty("onecsync.repo.root", ".."), "examples", "sample-export");
            ImportReport report = ImportIntoPostgres.run(sample, base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertEquals(SessionStatus.SUCCEEDED, report.status());
            assertEquals(50, report.counts(EntityType.PRODUCT).created());
            String output = printed.toString(StandardCharsets.UTF_8);
            assertTrue(output.contains("change events: {PRODUCT=50, OFFER=" + report.counts(EntityType.OFFER).created()
                    + ", PRICE=" + report.counts(EntityType.PRICE).created() + ", STOCK="
                    + report.counts(EntityType.STOCK).created() + "}"), output);
        } finally {
            try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
