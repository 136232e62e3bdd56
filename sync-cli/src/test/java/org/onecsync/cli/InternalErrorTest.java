package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A JVM error or a bug ends in one line and exit 70, never a stack trace. */
class InternalErrorTest {

    @Test
    void aStackOverflowIsOneLine() {
        CliRun run = CliRun.of(failing(new StackOverflowError()), "fail");

        assertEquals(ExitCodes.INTERNAL, run.exitCode());
        assertEquals("internal error: stack overflow (the input is nested too deeply, or a bug) (please report "
                + "this with the command you ran)" + System.lineSeparator(), run.err());
    }

    @Test
    void runningOutOfMemoryIsOneLine() {
        CliRun run = CliRun.of(failing(new OutOfMemoryError("Java heap space")), "fail");

        assertEquals(ExitCodes.INTERNAL, run.exitCode());
        assertEquals("internal error: out of memory (Java heap space): give the JVM more with -Xmx (bin/onec-sync "
                + "passes ONEC_SYNC_JAVA_OPTS) (please report this with the command you ran)"
                + System.lineSeparator(), run.err());
    }

    @Test
    void aBugIsOneLineNamingTheException() {
        CliRun run = CliRun.of(failing(new NullPointerException("record is null")), "fail");

        assertEquals(ExitCodes.INTERNAL, run.exitCode());
        assertEquals("internal error: NullPointerException: record is null (please report this with the command "
                + "you ran)" + System.lineSeparator(), run.err());
    }

    private static CommandLine failing(Throwable failure) {
        CommandLine cmd = OnecSync.commandLine();
        cmd.addSubcommand("fail", new Failing(failure));
        return cmd;
    }

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        private final Throwable failure;

        Failing(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            if (failure instanceof Error error) {
                throw error;
            }
            throw (Exception) failure;
        }
    }
}
