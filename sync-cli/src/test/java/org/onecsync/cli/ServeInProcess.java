package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;

/**
 * {@code onec-sync serve} run on a thread of the test's JVM, with a given environment, stopped by the test instead
 * of a signal: for what needs a listening server but no process of its own (options, config file, banner).
 */
final class ServeInProcess implements AutoCloseable {

    private static final long WAIT_SECONDS = 60;

    private final ServeCommand serve;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final CompletableFuture<Integer> exit;

    private ServeInProcess(Map<String, String> environment, String... args) {
        CommandLine cmd = OnecSync.commandLine();
        CommandLine serveLine = cmd.getSubcommands().get("serve");
        serve = serveLine.getCommand();
        serve.database.environment = environment::get;
        serve.stop = stop::get;
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        exit = CompletableFuture.supplyAsync(() -> OnecSync.run(cmd, args));
    }

    /** Starts {@code serve args…} and waits until it listens and has printed its banner. */
    static ServeInProcess start(Map<String, String> environment, String... args) throws Exception {
        ServeInProcess run = new ServeInProcess(environment, args);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!run.out().contains("Stop with Ctrl-C or SIGTERM.\n")) {
            if (run.exit.isDone()) {
                fail("serve ended with " + run.exit.get() + ": " + run.out() + run.err());
            }
            if (System.nanoTime() > deadline) {
                run.close();
                fail("serve did not start: " + run.out() + run.err());
            }
            Thread.sleep(20);
        }
        return run;
    }

    /** {@return the root URL, e.g. {@code http://127.0.0.1:41234}} */
    String root() {
        return "http://127.0.0.1:" + serve.boundPort.get();
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** Stops the server and returns its exit code. */
    int stop() throws Exception {
        stop.set(true);
        return exit.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (!exit.isDone()) {
            stop();
        }
    }
}
