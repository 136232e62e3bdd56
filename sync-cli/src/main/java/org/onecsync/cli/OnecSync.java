package org.onecsync.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.onecsync.SyncException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code onec-sync} command: the entry point that wires the subcommands.
 */
@Command(name = "onec-sync",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Keeps an online shop's database in step with 1C:Enterprise.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:Bad input: a malformed, truncated or refused file, or a path that cannot be read.",
            "2:Bad command line.",
            "3:import: another import is running against the database.",
            "4:import: prices or stock into a database without a catalog.",
            ExitCodes.STORE_HELP,
            "70:Internal error (please report it)."
        },
        subcommands = {
            CommandLine.HelpCommand.class,
            GenerateCommand.class,
            InspectCommand.class,
            ImportCommand.class,
            SessionsCommand.class,
            DumpCommand.class,
            ShowCommand.class,
            ChangesCommand.class
        })
public final class OnecSync implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * A configured command line, for {@link #main} and for tests that capture its output with
     * {@link CommandLine#setOut} and {@link CommandLine#setErr}.
     *
     * @return the command line
     */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new OnecSync());
        cmd.setExecutionExceptionHandler(OnecSync::handleFailure);
        cmd.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException
                ? ExitCodes.USAGE : ExitCodes.INTERNAL);
        return cmd;
    }

    /** Turns a failure into one line on standard error: never a stack trace for the user. */
    private static int handleFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (e instanceof SyncException) {
            err.println("error: " + e.getMessage());
            return ExitCodes.of((SyncException) e);
        }
        if (e instanceof UncheckedIOException || e instanceof java.io.IOException) {
            Throwable io = e instanceof UncheckedIOException ? e.getCause() : e;
            err.println("error: " + describe(io));
            return ExitCodes.BAD_INPUT;
        }
        err.println("internal error: " + describe(e) + " (please report this with the command you ran)");
        return ExitCodes.INTERNAL;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        if (t instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder: " + message;
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + message;
        }
        return message == null ? t.getClass().getSimpleName() : message;
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
