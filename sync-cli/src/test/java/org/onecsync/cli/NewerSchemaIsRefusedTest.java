package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database whose {@code onecsync_schema_history} says version 99 was made by a newer onec-sync: {@code import}
 * and the read commands refuse it (exit 5, one clear line) and write nothing into it, not even a session.
 */
@Timeout(120)
class NewerSchemaIsRefusedTest {

    private static final String REFUSED = "error: the database was made by a newer onec-sync (schema version 99;"
            + " this one knows up to 7); upgrade onec-sync";

    @TempDir
    Path tmp;

    @Test
    void onSqlite() throws Exception {
        try (ScratchDatabase database = TestDatabase.sqlite(tmp)) {
            refusedAndUntouched(database, "1",
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'onecsync%'");
        }
    }

    @Test
    void onPostgres() throws Exception {
        try (ScratchDatabase database = TestDatabase.postgres()) {
            refusedAndUntouched(database, "TRUE", "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
        }
    }

    private void refusedAndUntouched(ScratchDatabase database, String success, String tables) throws Exception {
        Path first = tmp.resolve("first");
        SmallExport.goods(first, SmallExport.product("tea", "Tea", ""));
        SmallExport.offers(first, "offers.xml", SmallExport.offer("tea", null, "5", "7"));
        assertEquals(0, CliRun.of("import", first.toString(), "--db", database.url()).exitCode());
        SmallExport.execute(database.url(), "INSERT INTO onecsync_schema_history (installed_rank, version,"
                + " description, type, script, installed_by, execution_time, success) VALUES (100, '99',"
                + " 'from the future', 'SQL', 'V99__future.sql', 'test', 0, " + success + ")");
        Path next = tmp.resolve("next");
        SmallExport.goods(next, SmallExport.product("tea", "Green tea", ""), SmallExport.product("cup", "Cup", ""));
        SmallExport.offers(next, "offers.xml", SmallExport.offer("tea", null, "6", "8"));
        Map<String, String> before = counts(database.url(), tables);

        for (String[] command : new String[][] {{"import", next.toString()}, {"import", next.toString(), "--dry-run"},
                {"sessions"}, {"dump"}, {"changes"}, {"show", "product", "tea"}}) {
            CliRun result = CliRun.of(concat(command, "--db", database.url()));
            assertEquals(5, result.exitCode(), String.join(" ", command) + ": " + result.err());
            assertEquals(REFUSED + System.lineSeparator(), result.err(), String.join(" ", command));
            assertEquals("", result.out(), String.join(" ", command));
        }

        assertEquals(before, counts(database.url(), tables));
        assertEquals(List.of(List.of("Tea")), SmallExport.rows(database.url(),
                "SELECT name FROM onecsync_product WHERE id = 'tea'"));
    }

    /** Rows per onec-sync table. */
    private static Map<String, String> counts(String url, String tables) throws SQLException {
        Map<String, String> counts = new TreeMap<>();
        for (List<String> table : SmallExport.rows(url, tables)) {
            String name = table.get(0);
            counts.put(name, SmallExport.rows(url, "SELECT count(*) FROM " + name).get(0).get(0));
        }
        return counts;
    }

    private static String[] concat(String[] command, String... more) {
        String[] all = java.util.Arrays.copyOf(command, command.length + more.length);
        System.arraycopy(more, 0, all, command.length, more.length);
        return all;
    }
}
