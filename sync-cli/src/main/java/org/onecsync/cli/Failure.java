package org.onecsync.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.onecsync.SyncException;
import org.onecsync.sync.ImportFailedException;

/**
 * A command's failure as the CLI reports it: one line on standard error (never a stack trace), the exit
 * code, and for {@code import --json} a JSON result.
 *
 * @param kind what failed
 * @param session the import session that failed and was rolled back, or {@code null}
 * @param message what went wrong, for a person
 * @param exitCode the exit code
 */
record Failure(SyncException.Kind kind, Long session, String message, int exitCode) {

    private static final String REPORT = "please report this with the command you ran";

    /** Reads any failure: the library's own, an unreadable path, or a bug (an error included). */
    static Failure of(Throwable e) {
        if (e instanceof SyncException sync) {
            Long session = e instanceof ImportFailedException failed ? failed.sessionId() : null;
            return new Failure(sync.kind(), session, e.getMessage(), ExitCodes.of(sync));
        }
        if (e instanceof UncheckedIOException || e instanceof IOException) {
            Throwable io = e instanceof UncheckedIOException ? e.getCause() : e;
            return new Failure(SyncException.Kind.BAD_INPUT, null, unreadable(io), ExitCodes.BAD_INPUT);
        }
        return new Failure(SyncException.Kind.INTERNAL, null, unexpected(e), ExitCodes.INTERNAL);
    }

    /**
     * Prints the one line of a failure that escaped everything else, and never throws: after an
     * {@link OutOfMemoryError} even that line may not fit in memory.
     *
     * @return the exit code
     */
    static int print(PrintWriter err, Throwable t) {
        try {
            Failure failure = of(t);
            err.println(failure.line());
            err.flush();
            return failure.exitCode();
        } catch (Throwable ignored) {
            return ExitCodes.INTERNAL;
        }
    }

    /** The line for standard error: {@code error: … (session 12, rolled back)}, or the interrupted or internal form. */
    String line() {
        String where = session == null ? "" : "session " + session + ", rolled back";
        return switch (kind) {
            case INTERRUPTED -> "interrupted: import " + (session == null ? "" : "session " + session + " ")
                    + "rolled back, nothing written";
            case INTERNAL, LISTENER -> "internal error: " + message + " ("
                    + (where.isEmpty() ? "" : where + "; ") + REPORT + ")";
            default -> "error: " + message + (where.isEmpty() ? "" : " (" + where + ")");
        };
    }

    /** The JSON result of a failed import: {@code {"status":"failed","session":…,"kind":…,"error":…,"exitCode":…}}. */
    String json() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("status", "failed");
        if (session == null) {
            root.putNull("session");
        } else {
            root.put("session", session);
        }
        root.put("kind", kind.name().toLowerCase(Locale.ROOT));
        root.put("error", message);
        root.put("exitCode", exitCode);
        return Json.pretty(root);
    }

    private static String unreadable(Throwable t) {
        String message = t.getMessage();
        if (t instanceof NoSuchFileException) {
            return "no such file or folder: " + message;
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied: " + message;
        }
        return message == null ? t.getClass().getSimpleName() : message;
    }

    private static String unexpected(Throwable t) {
        String message = t.getMessage();
        if (t instanceof StackOverflowError) {
            return "stack overflow (the input is nested too deeply, or a bug)";
        }
        if (t instanceof OutOfMemoryError) {
            return "out of memory" + (message == null ? "" : " (" + message + ")")
                    + ": give the JVM more with -Xmx (bin/onec-sync passes ONEC_SYNC_JAVA_OPTS)";
        }
        return message == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + message;
    }
}
