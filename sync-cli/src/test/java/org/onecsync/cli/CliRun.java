package org.onecsync.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * One run of the {@code onec-sync} command line with its output captured.
 *
 * @param exitCode the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return of(OnecSync.commandLine(), args);
    }

    /** A run that sees {@code environment} as its environment variables (the database ones). */
    static CliRun withEnvironment(Map<String, String> environment, String... args) {
        CommandLine cmd = OnecSync.commandLine();
        cmd.getSubcommands().values().forEach(command -> {
            Object database = command.getMixins().get("database");
            if (database instanceof DatabaseOptions options) {
                options.environment = environment::get;
            }
        });
        return of(cmd, args);
    }

    static CliRun of(CommandLine cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = OnecSync.run(cmd, args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
