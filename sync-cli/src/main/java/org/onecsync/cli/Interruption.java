package org.onecsync.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Ctrl-C and SIGTERM during an import: the JVM runs its shutdown hooks, and this one asks the import to stop
 * ({@link #getAsBoolean()} is the import's cancellation), then waits, at most {@link #WAIT_SECONDS}, until
 * {@code main} has finished the command: the import rolled back and closed its session, the progress line is
 * cleared and the one {@code interrupted: …} line printed. The JVM then ends with the signal's status
 * (130 for Ctrl-C, 143 for SIGTERM).
 *
 * <p>The hook never calls {@code System.exit}, and never waits for {@code main} to return: {@code main} says
 * {@link #commandFinished()} and the hook returns on that. Once a signal has cancelled the command,
 * {@code main} does not call {@code System.exit} at all: after the hooks have run, a non-zero exit halts the
 * JVM at once with its own status, racing the signal's.
 */
class Interruption implements BooleanSupplier {

    /** For a command line without a shutdown hook (tests, embedding): never cancels. */
    static final Interruption NONE = new Interruption(null);

    /** How long the hook lets a cancelled import roll back before the JVM ends regardless. */
    static final long WAIT_SECONDS = 30;

    private final PrintWriter err;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean cancelled;
    private boolean importRunning;

    private Interruption(PrintWriter err) {
        this.err = err;
    }

    /**
     * An interruption that a JVM shutdown (Ctrl-C, SIGTERM, SIGHUP) triggers.
     *
     * @param err where to say that a rollback took too long
     */
    static Interruption onShutdown(PrintWriter err) {
        Interruption interruption = new Interruption(err);
        Runtime.getRuntime().addShutdownHook(new Thread(interruption::shutdown, "onec-sync-interrupt"));
        return interruption;
    }

    /** Whether the running import should stop. */
    @Override
    public boolean getAsBoolean() {
        return cancelled;
    }

    /** An import starts: a shutdown from now on waits for it to roll back. */
    synchronized void importStarted() {
        importRunning = true;
    }

    /** The command has ended and said everything it has to say; a waiting hook may let the JVM end. */
    void commandFinished() {
        finished.countDown();
    }

    private void shutdown() {
        synchronized (this) {
            if (finished.getCount() == 0) {
                return;
            }
            cancelled = true;
            if (!importRunning) {
                return;
            }
        }
        try {
            if (!finished.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                err.println("\rinterrupted: the import did not roll back within " + WAIT_SECONDS + " s; the "
                        + "database discards its transaction, and the next import marks its session failed");
                err.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
