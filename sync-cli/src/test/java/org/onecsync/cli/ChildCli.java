package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The CLI in a process of its own, as {@code bin/onec-sync} runs it (its main class on this test's class path),
 * for what only a real process shows: signals, exit statuses, the terminal, the logging of a fresh JVM.
 *
 * @param process the running process
 * @param out the file its standard output goes to
 * @param err the file its standard error goes to
 */
record ChildCli(Process process, Path out, Path err) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long WAIT_MILLIS = 120_000;

    /** The command that starts the CLI: {@code java -cp <test class path> org.onecsync.cli.OnecSync args…}. */
    static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), OnecSync.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Starts the CLI with its output in files of {@code folder} and extra environment variables. */
    static ChildCli start(Path folder, Map<String, String> environment, String... args) throws IOException {
        Path out = Files.createTempFile(folder, "child", ".out");
        Path err = Files.createTempFile(folder, "child", ".err");
        ProcessBuilder builder = new ProcessBuilder(command(args)).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(environment);
        return new ChildCli(builder.start(), out, err);
    }

    /** Runs the CLI to its end. */
    static ChildCli run(Path folder, Map<String, String> environment, String... args) throws Exception {
        ChildCli child = start(folder, environment, args);
        child.await();
        return child;
    }

    /** Waits for the process to end and returns its exit status. */
    int await() throws InterruptedException {
        if (!process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            fail("the CLI did not end in time" + output());
        }
        return process.exitValue();
    }

    String stdout() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String stderr() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    /** Both outputs, for assertion messages. */
    String output() {
        try {
            String text = stdout() + stderr();
            return text.isBlank() ? "" : "\n" + text;
        } catch (IOException e) {
            return "\n(cannot read its output: " + e + ")";
        }
    }

    /** Polls {@code sessions --json} until a session is running; returns it. */
    long awaitRunningSession(ScratchDatabase database) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the import ended (exit " + process.exitValue() + ") before its session was seen running: "
                        + "make the export bigger" + output());
            }
            CliRun sessions = CliRun.of("sessions", "--json", "--limit", "1", "--db", database.url());
            if (sessions.exitCode() == 0) {
                JsonNode log = JSON.readTree(sessions.out());
                if (log.size() > 0 && log.get(0).get("status").asText().equals("running")) {
                    return log.get(0).get("session").asLong();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import's session did not start in time" + output());
    }

    /**
     * Waits until the running import's transaction has written: SQLite has created the rollback journal (its
     * first changed page), or the PostgreSQL transaction of the connections named {@code application} holds a
     * write lock on the change feed table.
     */
    void awaitUncommittedWrites(ScratchDatabase database, String application) throws Exception {
        Path journal = database.file() == null ? null : Path.of(database.file() + "-journal");
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the import ended (exit " + process.exitValue() + ") before it could be stopped: "
                        + "make the export bigger" + output());
            }
            boolean writing = journal != null ? Files.exists(journal) : count(database.url(), """
                    SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                    WHERE a.application_name = ? AND l.mode = 'RowExclusiveLock' AND l.granted
                      AND l.relation = to_regclass(?)
                    """, application, database.schema() + ".onecsync_change") > 0;
            if (writing) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the import's transaction was not seen writing in time" + output());
    }

    /** Waits until the server has ended the connections named {@code application}. */
    static void awaitConnectionsEnded(ScratchDatabase database, String application) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        while (count(database.url(), "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?",
                application) > 0) {
            if (System.nanoTime() > deadline) {
                fail("the import's connections stayed open");
            }
            Thread.sleep(50);
        }
    }

    static long count(String url, String sql, String... parameters) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
