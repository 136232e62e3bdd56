package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What {@code --help} shows: whole words, whole sentences, one exit code table, short usage errors. */
class HelpTest {

    /** Commands whose texts other modules own (the generator and the benchmarks move out of the CLI). */
    private static final Set<String> ELSEWHERE = Set.of("generate", "inspect", "benchmark", "benchmark-import");

    @Test
    void wrappingNeverBreaksAWord() {
        List<String> broken = new ArrayList<>();
        for (CommandLine command : commands()) {
            List<String> wrapped = words(command.getUsageMessage());
            command.setUsageHelpWidth(1000);
            List<String> unwrapped = words(command.getUsageMessage());
            command.setUsageHelpWidth(CommandLine.Model.UsageMessageSpec.DEFAULT_USAGE_WIDTH);
            for (int i = 0; i < Math.min(wrapped.size(), unwrapped.size()); i++) {
                if (!wrapped.get(i).equals(unwrapped.get(i))) {
                    broken.add(command.getCommandSpec().qualifiedName() + ": " + unwrapped.get(i) + " shown as "
                            + wrapped.get(i) + " | " + wrapped.get(i + 1));
                    break;
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everySummaryIsOneFullSentence() {
        for (CommandLine command : commands()) {
            String[] description = command.getCommandSpec().usageMessage().description();
            String summary = description[0];
            assertTrue(summary.matches("[A-Z][^.]*[a-z0-9)]\\."), command.getCommandName() + ": " + summary);
        }
    }

    @Test
    void everyHelpShowsTheSameExitCodeTable() {
        String table = table(CliRun.of("--help").out());
        assertTrue(table.contains("  130   Interrupted (Ctrl-C; 143 for SIGTERM)"), table);
        for (CommandLine command : OnecSync.commandLine().getSubcommands().values()) {
            if (!command.getCommandName().equals("help")) {
                assertEquals(table, table(CliRun.of(command.getCommandName(), "--help").out()),
                        command.getCommandName());
            }
        }
    }

    @Test
    void theReadmeListsTheSameExitCodes() throws IOException {
        Path readme = Path.of(System.getProperty("onecsync.repo.root", ".."), "README.md");
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        List<String> rows = new ArrayList<>();
        ExitCodes.TABLE.forEach((code, meaning) -> rows.add("| `" + code + "` | " + meaning + " |"));
        int first = lines.indexOf(rows.get(0));
        assertTrue(first > 0, "README.md has no exit code table starting with " + rows.get(0));
        assertEquals(rows, lines.subList(first, first + rows.size()));
    }

    @Test
    void aBadCommandLinePrintsTheErrorAndOneHint() {
        CliRun run = CliRun.of("import", "--kind", "everything", "export");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("", run.out());
        assertEquals(List.of("error: invalid value for option '--kind': 'everything' (choose one of catalog, prices, "
                        + "stock, counterparties, all)",
                "Try 'onec-sync import --help' for more information."), run.err().lines().toList());
    }

    @Test
    void anUnknownOptionPrintsTheErrorAndOneHint() {
        CliRun run = CliRun.of("sessions", "--bogus");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals(List.of("error: unknown option: '--bogus'",
                "Try 'onec-sync sessions --help' for more information."), run.err().lines().toList());
    }

    @Test
    void noCommandPrintsTheChoicesAndOneHint() {
        CliRun run = CliRun.of();

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals(2, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: missing command: choose one of help, "), run.err());
        assertTrue(run.err().endsWith("Try 'onec-sync --help' for more information." + System.lineSeparator()));
    }

    @Test
    void theDatabaseOptionHasOneLabelEverywhere() {
        for (CommandLine command : OnecSync.commandLine().getSubcommands().values()) {
            CommandLine.Model.OptionSpec db = command.getCommandSpec().findOption("--db");
            if (db != null && !ELSEWHERE.contains(command.getCommandName())) {
                assertEquals("URL", db.paramLabel(), command.getCommandName());
            }
        }
    }

    @Test
    void theExitCodesOfKindsFollowTheTable() {
        Map<org.onecsync.SyncException.Kind, Integer> expected = Map.of(
                org.onecsync.SyncException.Kind.BAD_INPUT, 1,
                org.onecsync.SyncException.Kind.LOCKED, 3,
                org.onecsync.SyncException.Kind.CATALOG_MISSING, 4,
                org.onecsync.SyncException.Kind.STORE, 5,
                org.onecsync.SyncException.Kind.TOO_MANY_SKIPPED, 6,
                org.onecsync.SyncException.Kind.INTERRUPTED, 130,
                org.onecsync.SyncException.Kind.LISTENER, 70,
                org.onecsync.SyncException.Kind.INTERNAL, 70);
        for (org.onecsync.SyncException.Kind kind : org.onecsync.SyncException.Kind.values()) {
            assertEquals(expected.get(kind), ExitCodes.of(new org.onecsync.SyncException(kind, "x")), kind.name());
        }
    }

    /** The root command and every subcommand whose texts this module owns. */
    private static List<CommandLine> commands() {
        CommandLine root = OnecSync.commandLine();
        List<CommandLine> commands = new ArrayList<>();
        commands.add(root);
        root.getSubcommands().forEach((name, command) -> {
            if (!ELSEWHERE.contains(name) && !name.equals("help")) {
                commands.add(command);
            }
        });
        return commands;
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.strip().split("\\s+"));
    }

    private static String table(String help) {
        int start = help.indexOf("Exit codes:");
        assertTrue(start >= 0, help);
        return help.substring(start);
    }
}
