package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.Fixtures;

/**
 * The progress line in a real terminal (a pseudo-terminal that util-linux's {@code script} gives the CLI, with
 * standard output and error on it), and nothing of it on a pipe.
 */
@Timeout(120)
class TerminalProgressTest {

    /** A progress text: what follows a carriage return, up to the next one or the end of the line. */
    private static final Pattern SHOWN = Pattern.compile("\r([^\r\n]*)");

    @TempDir
    Path tmp;

    @Test
    void aTerminalShowsEveryPhaseCutToColumnsAndClearsTheLine() throws Exception {
        String output = inTerminal("", Map.of("COLUMNS", "40"), "import",
                Fixtures.require("cml31-ut11-freesport").toString(), "--db", tmp.resolve("t.db").toString());

        String progress = beforeTheReport(output);
        List<String> shown = shown(progress);
        assertTrue(shown.get(0).startsWith("reading 1/"), output);
        assertTrue(shown.stream().anyMatch(s -> s.startsWith("applying: ")), output);
        assertTrue(shown.stream().anyMatch(s -> s.startsWith("committing: ")), output);
        for (String text : shown) {
            assertTrue(text.length() <= 39, "wider than 39 columns: [" + text + "]");
        }
        // Cleared: blanks over the last text, and the report starts at the beginning of the line.
        assertTrue(progress.matches("(?s).*\r +\r"), progress);
    }

    @Test
    void withoutColumnsTheTerminalsOwnWidthIsUsed() throws Exception {
        String output = inTerminal("stty cols 30; ", Map.of(), "import",
                Fixtures.require("cml31-ut11-freesport").toString(), "--db", tmp.resolve("w.db").toString());

        List<String> shown = shown(beforeTheReport(output));
        assertTrue(shown.size() > 1, output);
        for (String text : shown) {
            assertTrue(text.length() <= 29, "wider than 29 columns: [" + text + "]");
        }
    }

    @Test
    void aPipeGetsNoProgress() throws Exception {
        ChildCli child = ChildCli.run(tmp, Map.of(), "import", Fixtures.require("cml31-ut11-freesport").toString(),
                "--db", tmp.resolve("p.db").toString());

        assertEquals(0, child.await(), child.output());
        assertEquals("", child.stderr());
        assertTrue(!child.stdout().contains("\r"), child.stdout());
    }

    /**
     * Runs the CLI under {@code script}, after {@code setup} (shell commands run in the terminal first), and
     * returns what the terminal received; skipped when {@code script} is not installed.
     */
    private String inTerminal(String setup, Map<String, String> environment, String... args) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")),
                "util-linux's script is not installed: the terminal test is skipped");
        String command = setup + "exec " + ChildCli.command(args).stream().map(TerminalProgressTest::quote)
                .collect(Collectors.joining(" "));
        Path typescript = tmp.resolve("typescript");
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null")
                .redirectOutput(typescript.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().remove("COLUMNS");
        builder.environment().putAll(environment);
        Process script = builder.start();
        script.getOutputStream().close();
        assertTrue(script.waitFor(90, TimeUnit.SECONDS), "the CLI did not end in the terminal");
        String output = Files.readString(typescript, StandardCharsets.UTF_8);
        assertEquals(0, script.exitValue(), output);
        return output;
    }

    private static String beforeTheReport(String output) {
        int report = output.indexOf("Session 1: all, partial in ");
        assertTrue(report > 0, "no report after the progress line:\n" + output);
        return output.substring(0, report);
    }

    /** Every text written after a carriage return that is not the terminal's own CR LF. */
    private static List<String> shown(String output) {
        List<String> shown = new ArrayList<>();
        Matcher matcher = SHOWN.matcher(output.replace("\r\n", "\n"));
        while (matcher.find()) {
            shown.add(matcher.group(1));
        }
        assertTrue(!shown.isEmpty(), "no progress line in the terminal:\n" + output);
        return shown;
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
