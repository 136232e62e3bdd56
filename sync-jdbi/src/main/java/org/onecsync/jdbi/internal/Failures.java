package org.onecsync.jdbi.internal;

import java.io.IOException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.List;
import org.onecsync.store.StoreException;

/** Turns driver exceptions into {@link StoreException}s whose message a person can act on. */
final class Failures {

    private final List<String> secrets;

    Failures(List<String> secrets) {
        this.secrets = List.copyOf(secrets);
    }

    /**
     * @param what what could not be done, e.g. {@code cannot record the session}
     * @param failure the driver's or Jdbi's exception
     */
    StoreException wrap(String what, Throwable failure) {
        return new StoreException(scrub(what + ": " + reason(failure)), failure);
    }

    String scrub(String text) {
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, "***");
        }
        return result;
    }

    private static String reason(Throwable failure) {
        Throwable source = failure;
        SQLException sql = find(failure, SQLException.class);
        if (sql != null) {
            source = sql;
            // A network failure says more than the driver's paragraph around it.
            if (sql.getCause() instanceof IOException io && io.getMessage() != null) {
                source = io;
            }
        } else {
            while (source.getCause() != null && source.getMessage() == null) {
                source = source.getCause();
            }
        }
        String text = source.getMessage() == null ? source.getClass().getSimpleName() : source.getMessage();
        if (source instanceof UnknownHostException) {
            text = "unknown host " + text;
        }
        text = text.strip().replaceAll("\\s*\\R\\s*", "; ");
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
