package org.onecsync.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.onecsync.SyncException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code onec-sync-bench} command: the benchmarks, kept out of the {@code onec-sync} CLI because they
 * create and drop databases and schemas of their own.
 */
@Command(name = "onec-sync-bench",
        mixinStandardHelpOptions = true,
        versionProvider = OnecSyncBench.Version.class,
        description = "Measures how fast onec-sync reads and imports CommerceML exports and CSV and JSON feeds, and how "
            + "its server behaves under load.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Measured.",
            "1:The export cannot be read.",
            "2:Bad command line.",
            OnecSyncBench.STORE_HELP,
            "70:Internal error (please report it)."
        },
        subcommands = {
            CommandLine.HelpCommand.class,
            BenchmarkCommand.class,
            ImportBenchmarkCommand.class,
            ServeBenchmarkCommand.class
        })
public final class OnecSyncBench implements Runnable {

    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;
    static final int STORE = 5;
    static final int INTERNAL = 70;
    static final String STORE_HELP = "5:The database failed or cannot be reached.";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Reports the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = OnecSyncBench.class.getPackage().getImplementationVersion();
            return new String[] {"onec-sync-bench " + (version == null ? "(development build)" : version)};
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * A configured command line, for {@link #main} and for tests that capture its output.
     *
     * @return the command line
     */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new OnecSyncBench());
        cmd.setExecutionExceptionHandler(OnecSyncBench::handleFailure);
        cmd.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INTERNAL);
        return cmd;
    }

    /** Turns a failure into one line on standard error, never a stack trace. */
    private static int handleFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (e instanceof SyncException failure) {
            err.println("error: " + failure.getMessage());
            return switch (failure.kind()) {
                case BAD_INPUT -> BAD_INPUT;
                case STORE -> STORE;
                default -> INTERNAL;
            };
        }
        if (e instanceof UncheckedIOException || e instanceof IOException) {
            Throwable io = e instanceof UncheckedIOException ? e.getCause() : e;
            err.println("error: " + (io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage()));
            return BAD_INPUT;
        }
        if (e instanceof java.sql.SQLException) {
            err.println("error: " + e.getMessage());
            return STORE;
        }
        err.println("internal error: " + e + " (please report this with the command you ran)");
        return INTERNAL;
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
