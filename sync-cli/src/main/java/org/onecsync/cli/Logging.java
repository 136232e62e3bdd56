package org.onecsync.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the libraries underneath may print. By default the CLI speaks for itself: third-party log lines
 * (Flyway, Jdbi, the JDBC drivers) are hidden and onec-sync's own show only from warnings up, so that a
 * failure prints one {@code error:} line. {@code --verbose} shows them all. SLF4J's simple logger reads its
 * settings once, from {@code simplelogger.properties} and system properties, when the first logger is made,
 * which is after the command line is parsed.
 */
final class Logging {

    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private Logging() {
    }

    /** The defaults of {@code main}: the JDK's own logging (the PostgreSQL driver uses it) off as well. */
    static void quiet() {
        Logger.getLogger("").setLevel(Level.OFF);
    }

    /** {@code --verbose}: every library's lines from info up, onec-sync's from debug up. */
    static void verbose() {
        System.setProperty(PREFIX + "defaultLogLevel", "info");
        System.setProperty(PREFIX + "log.org.onecsync", "debug");
        System.setProperty(PREFIX + "showShortLogName", "true");
        Logger.getLogger("").setLevel(Level.INFO);
    }
}
