package org.onecsync.cli;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code onec-sync} command: the entry point that wires the subcommands.
 */
@Command(name = "onec-sync",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Keeps an online shop's database in step with 1C:Enterprise.",
        subcommands = {
            CommandLine.HelpCommand.class,
            GenerateCommand.class,
            InspectCommand.class,
            ImportCommand.class,
            SessionsCommand.class,
            DumpCommand.class,
            ShowCommand.class,
            ChangesCommand.class,
            OrdersCommand.class,
            ServeCommand.class
        })
public final class OnecSync implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Shows the log lines of the libraries underneath (Flyway, the database drivers) and onec-sync's own
     * debug lines on standard error; without it they stay hidden and a failure prints one line.
     *
     * @param on whether the option was given
     */
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show the log lines of onec-sync and the libraries it uses (Flyway, JDBC drivers) on "
                + "standard error.")
    void verbose(boolean on) {
        if (on) {
            Logging.verbose();
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * A configured command line, for {@link #main} and for tests that capture its output with
     * {@link CommandLine#setOut} and {@link CommandLine#setErr}. Its imports are never cancelled.
     *
     * @return the command line
     */
    public static CommandLine commandLine() {
        return commandLine(Interruption.NONE);
    }

    /**
     * A configured command line whose imports stop when {@code interruption} says so.
     *
     * @param interruption tells a running import to stop, rolled back
     * @return the command line
     */
    static CommandLine commandLine(Interruption interruption) {
        CommandLine cmd = new CommandLine(new OnecSync());
        cmd.setExecutionExceptionHandler((e, failed, parseResult) -> {
            Failure failure = Failure.of(e);
            failed.getErr().println(failure.line());
            failed.getErr().flush();
            return failure.exitCode();
        });
        cmd.setParameterExceptionHandler(OnecSync::badCommandLine);
        cmd.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException
                ? ExitCodes.USAGE : ExitCodes.INTERNAL);
        exitCodes(cmd);
        ((ImportCommand) cmd.getSubcommands().get("import").getCommand()).interruption = interruption;
        CommandLine serveLine = cmd.getSubcommands().get("serve");
        ServeCommand serve = serveLine.getCommand();
        serve.interruption = interruption;
        serveLine.setDefaultValueProvider(serve.config);
        return cmd;
    }

    /** The one exit code table in every command's help. */
    private static void exitCodes(CommandLine cmd) {
        cmd.getCommandSpec().usageMessage().exitCodeListHeading(ExitCodes.HEADING).exitCodeList(ExitCodes.TABLE);
        cmd.getSubcommands().values().forEach(OnecSync::exitCodes);
    }

    /**
     * A bad command line: the error and one line pointing to the help, not the whole usage. A bad config file is
     * one line (the fix is in the file); a bad value the file gave names its line.
     */
    private static int badCommandLine(CommandLine.ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        PrintWriter err = failed.getErr();
        String origin = "";
        if (failed.getCommand() instanceof ServeCommand serve
                && e.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
            origin = serve.config.origin(option.longestName());
        }
        err.println("error: " + lowerFirst(e.getMessage()) + origin);
        if (e instanceof ConfigFileException) {
            err.flush();
            return ExitCodes.USAGE;
        }
        err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static String lowerFirst(String text) {
        if (text == null || text.length() < 2 || !Character.isLowerCase(text.charAt(1))) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        Logging.quiet();
        Interruption interruption = Interruption.onShutdown(new PrintWriter(System.err, true));
        int code;
        try {
            code = run(commandLine(interruption), args);
        } finally {
            // A shutdown hook waiting for the import can let the JVM end now; exit blocks while it runs.
            interruption.commandFinished();
        }
        if (interruption.getAsBoolean()) {
            // A signal is ending the JVM with its own status (143 for SIGTERM). Once the hooks have run, exit()
            // with a non-zero status halts at once, so calling it here could race the signal to 130.
            return;
        }
        System.exit(code);
    }

    /**
     * Executes a command line. Anything that escapes (an {@link Error} such as {@link OutOfMemoryError}, which
     * picocli lets through) ends in one line and exit 70, never a stack trace.
     *
     * @return the exit code
     */
    static int run(CommandLine cmd, String... args) {
        try {
            return cmd.execute(args);
        } catch (Throwable t) {
            return Failure.print(cmd.getErr(), t);
        }
    }
}
