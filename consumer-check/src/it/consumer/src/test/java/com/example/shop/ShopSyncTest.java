package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onecsync.model.EntityType;
import org.onecsync.store.SessionStatus;
import org.onecsync.sync.ImportReport;

/** What a shop using the BOM, the PostgreSQL store and the CommerceML parser gets. */
class ShopSyncTest {

    private static final Pattern JACKSON_JAR = Pattern.compile("(jackson-[a-z0-9-]+?)-(\\d[^/\\\\]*)\\.jar");

    @Test
    void theClassPathHoldsOneJacksonVersion() {
        Map<String, String> jars = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Matcher m = JACKSON_JAR.matcher(Path.of(entry).getFileName().toString());
            if (m.matches()) {
                jars.put(m.group(1), m.group(2));
            }
        }
        assertTrue(jars.containsKey("jackson-core"), "jackson-core is not on the class path: " + jars);
        assertEquals(1, new TreeSet<>(jars.values()).size(), "Jackson jars of several versions: " + jars);
    }

    @Test
    void theClassPathHoldsNoSqliteDriver() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.sqlite.JDBC"));
    }

    @Test
    void importsTheSampleExportIntoPostgresql() throws Exception {
        String server = System.getenv("ONEC_SYNC_TEST_PG_URL");
        assumeTrue(server != null && !server.isBlank(),
                "ONEC_SYNC_TEST_PG_URL is not set: the PostgreSQL import of the consumer check is skipped");
        Path sample = Path.of(System.getProperty("sample.export"));
        String schema = "onecsync_consumer_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            ImportReport report = ShopSync.importExport(url, sample);
            assertEquals(SessionStatus.SUCCEEDED, report.status());
            Map<EntityType, Long> created = new EnumMap<>(EntityType.class);
            report.counts().forEach((type, counts) -> created.put(type, counts.created()));
            assertEquals(Map.of(EntityType.CATEGORY, 125L, EntityType.PROPERTY, 80L, EntityType.PRICE_TYPE, 6L,
                    EntityType.UNIT, 18L, EntityType.WAREHOUSE, 2L, EntityType.PRODUCT, 50L, EntityType.OFFER, 65L,
                    EntityType.PRICE, 486L, EntityType.STOCK, 188L, EntityType.COUNTERPARTY, 20L), created);
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT count(*) FROM onecsync_product")) {
                rows.next();
                assertEquals(50, rows.getLong(1));
            }
        } finally {
            try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
