package org.onecsync.jdbi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.store.StoredRecord;

/**
 * The reading side on PostgreSQL, each database a schema of its own that is dropped afterwards. Runs when
 * {@code ONEC_SYNC_TEST_PG_URL} names a server, e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}.
 */
class PostgresCatalogReaderTest extends CatalogReaderContract {

    private static final String SERVER = System.getenv("ONEC_SYNC_TEST_PG_URL");

    @TempDir
    Path dir;
    private final List<String> schemas = new ArrayList<>();

    @Override
    protected String newDatabase() throws Exception {
        Assumptions.assumeTrue(SERVER != null && !SERVER.isBlank(),
                "ONEC_SYNC_TEST_PG_URL is not set: PostgreSQL tests skipped");
        String schema = "onecsync_test_" + UUID.randomUUID().toString().replace("-", "");
        try (TypedRows server = new TypedRows(SERVER)) {
            server.execute("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
        return SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    protected void dropDatabases() throws Exception {
        if (schemas.isEmpty()) {
            return;
        }
        try (TypedRows server = new TypedRows(SERVER)) {
            for (String schema : schemas) {
                server.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Override
    protected void assertNothingCreated(String databaseUrl) throws Exception {
        String schema = databaseUrl.substring(databaseUrl.indexOf("currentSchema=") + "currentSchema=".length());
        try (var connection = java.sql.DriverManager.getConnection(SERVER);
             var statement = connection.prepareStatement(
                     "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                             + " WHERE n.nspname = ?")) {
            statement.setString(1, schema);
            try (var rows = statement.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getLong(1), "relations created in " + schema);
            }
        }
    }

    @Test
    void dumpIsByteIdenticalToSqlitesForTheSameRows() throws Exception {
        String sqlite = "jdbc:sqlite:" + dir.resolve("same").resolve("store.db");
        JdbiCatalogStore other = open(sqlite);
        other.prepare();
        ReaderCatalog.store(sqlite);

        List<StoredRecord> here = dump(open(url()));
        List<StoredRecord> there = dump(other);

        assertEquals(there, here);
        assertArrayEquals(bytes(there), bytes(here));
    }

    private static byte[] bytes(List<StoredRecord> dump) {
        StringBuilder out = new StringBuilder();
        for (StoredRecord row : dump) {
            out.append(row.entity().jsonName()).append('\t').append(row.key()).append('\t').append(row.active())
                    .append('\t').append(row.payload()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
