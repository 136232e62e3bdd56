package org.onecsync.cli;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.store.CatalogStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --db} option shared by the commands that use a store, with its environment variables:
 * {@code ONEC_SYNC_DB} when the option is absent, and {@code ONEC_SYNC_DB_PASSWORD} for a password kept out of
 * the URL (and so out of {@code ps}, the shell history and the crontab).
 */
final class DatabaseOptions {

    static final String DEFAULT_FILE = "onec-sync.db";
    static final String URL_VARIABLE = "ONEC_SYNC_DB";
    static final String PASSWORD_VARIABLE = "ONEC_SYNC_DB_PASSWORD";

    /** {@code scheme://} or {@code jdbc:}: a URL, which must be one the store takes, never a file name. */
    private static final Pattern URL = Pattern.compile("^(jdbc:|[A-Za-z][A-Za-z0-9+.-]*://)");

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Where environment variables come from; tests replace it. */
    UnaryOperator<String> environment = System::getenv;

    @Option(names = "--db", paramLabel = "URL",
            description = {"The database. Default: $" + URL_VARIABLE + ", else the SQLite file " + DEFAULT_FILE
                + " in the current folder. One of:",
                "  FILE or jdbc:sqlite:FILE (SQLite)",
                "  postgres://USER@HOST:PORT/DB (the DATABASE_URL form)",
                "  jdbc:postgresql://HOST:PORT/DB?user=USER",
                "The password can come from $" + PASSWORD_VARIABLE + " instead of the URL."})
    String db;

    /**
     * The store, not connected yet. Reading never creates a database or migrates one; an import creates or
     * upgrades the schema after taking the import lock.
     *
     * @throws ParameterException when the URL is not one the store takes
     */
    CatalogStore open() {
        String source = "--db";
        String value = db;
        if (value == null || value.isBlank()) {
            source = URL_VARIABLE;
            value = environment.apply(URL_VARIABLE);
        }
        try {
            String url;
            if (value == null || value.isBlank()) {
                url = "jdbc:sqlite:" + DEFAULT_FILE;
            } else if (URL.matcher(value).find()) {
                url = value;
            } else {
                url = "jdbc:sqlite:" + Path.of(value);
            }
            return JdbiCatalogStore.open(url, environment.apply(PASSWORD_VARIABLE));
        } catch (IllegalArgumentException e) {
            // Tied to --db: serve's error then names the config file line when db= came from there.
            throw new ParameterException(mixee.commandLine(), source + ": " + e.getMessage(),
                    mixee.findOption("--db"), value);
        }
    }
}
