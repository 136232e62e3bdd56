package org.onecsync.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sync-jdbi's drivers are optional: an application with only one of them works on its database, and asking
 * for the other database is a clear error. Each case runs {@link DriverIsolationMain} in a JVM of its own,
 * on this test's class path minus one driver's jar.
 */
class DriverIsolationTest {

    private static final Path SAMPLE =
            Path.of(System.getProperty("onecsync.repo.root", ".."), "examples", "sample-export");
    private static final long TIMEOUT_SECONDS = 180;

    @TempDir
    Path tmp;

    @Test
    void aPostgresqlOnlyApplicationImportsAndReadsWithoutSqliteJdbc() throws Exception {
        String base = System.getenv("ONEC_SYNC_TEST_PG_URL");
        assumeTrue(base != null && !base.isBlank(), "ONEC_SYNC_TEST_PG_URL is not set: PostgreSQL tests skipped");
        String schema = "onecsync_drivers_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            Run run = runWithout("org.sqlite.JDBC", "import", "postgresql", url, SAMPLE.toString());

            assertImportedAndRead(run, "org.sqlite.JDBC");
        } finally {
            try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void aSqliteOnlyApplicationImportsAndReadsWithoutThePostgresqlDriver() throws Exception {
        String url = "jdbc:sqlite:" + tmp.resolve("shop.db");

        Run run = runWithout("org.postgresql.Driver", "import", "sqlite", url, SAMPLE.toString());

        assertImportedAndRead(run, "org.postgresql.Driver");
    }

    @Test
    void aSqliteOnlyApplicationIsToldToAddThePostgresqlDriver() throws Exception {
        Run run = runWithout("org.postgresql.Driver", "open", "jdbc:postgresql://127.0.0.1:1/shop?user=shop");

        assertEquals(4, run.exit(), run.output());
        assertTrue(run.output().contains("StoreException: the PostgreSQL driver (org.postgresql:postgresql) is not "
                + "on the class path: add it to the application to use jdbc:postgresql:… URLs"), run.output());
        assertFalse(run.output().contains("NoClassDefFoundError"), run.output());
    }

    @Test
    void aPostgresqlOnlyApplicationIsToldToAddTheSqliteDriver() throws Exception {
        Path db = tmp.resolve("shop.db");

        Run run = runWithout("org.sqlite.JDBC", "open", "jdbc:sqlite:" + db);

        assertEquals(4, run.exit(), run.output());
        assertTrue(run.output().contains("StoreException: the SQLite driver (org.xerial:sqlite-jdbc) is not "
                + "on the class path: add it to the application to use jdbc:sqlite:… URLs"), run.output());
        assertFalse(run.output().contains("NoClassDefFoundError"), run.output());
        assertFalse(Files.exists(db));
    }

    private static void assertImportedAndRead(Run run, String missingDriver) {
        assertEquals(0, run.exit(), run.output());
        String output = run.output();
        assertTrue(output.contains(missingDriver + " absent"), output);
        assertTrue(output.contains("imported: SUCCEEDED"), output);
        assertTrue(output.contains("open(url): " + DriverIsolationMain.PRODUCT_NAME), output);
        assertTrue(output.contains("of(dataSource): " + DriverIsolationMain.PRODUCT_NAME), output);
        assertTrue(output.lines().anyMatch(line -> line.matches("  .+: retail \\d+(\\.\\d+)?, stock .+")), output);
        assertTrue(output.lines().anyMatch(line -> line.matches("reflected \\d+ classes of sync-jdbi")), output);
        assertFalse(output.contains("NoClassDefFoundError"), output);
    }

    /** Runs {@link DriverIsolationMain} in a new JVM whose class path lacks the jar of {@code driverClass}. */
    private Run runWithout(String driverClass, String... args) throws Exception {
        Path driverJar = jarOf(driverClass);
        List<String> kept = new ArrayList<>();
        boolean removed = false;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty() && Path.of(entry).toAbsolutePath().normalize().equals(driverJar)) {
                removed = true;
            } else {
                kept.add(entry);
            }
        }
        assertTrue(removed, driverJar + " is not on the test class path " + System.getProperty("java.class.path"));

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", String.join(File.pathSeparator, kept),
                DriverIsolationMain.class.getName()));
        command.addAll(Arrays.asList(args));
        Path log = Files.createTempFile(tmp, "child", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("the child JVM did not finish in " + TIMEOUT_SECONDS + " s:\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static Path jarOf(String className) throws ClassNotFoundException, URISyntaxException {
        Class<?> type = Class.forName(className, false, DriverIsolationTest.class.getClassLoader());
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath().normalize();
    }

    private record Run(int exit, String output) {
    }
}
