package org.onecsync.cli;

import java.nio.file.Path;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.store.CatalogStore;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use a store. */
final class DatabaseOptions {

    static final String DEFAULT_FILE = "onec-sync.db";

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "The database: jdbc:postgresql://… or jdbc:sqlite:FILE, or just a SQLite file. "
                + "Default: the SQLite file " + DEFAULT_FILE + " in the current folder.")
    String db;

    /** The JDBC URL the option names. */
    String url() {
        if (db == null || db.isBlank()) {
            return "jdbc:sqlite:" + DEFAULT_FILE;
        }
        return db.startsWith("jdbc:") ? db : "jdbc:sqlite:" + Path.of(db);
    }

    /**
     * The store, not connected yet. Reading never creates a database or migrates one; an import creates or
     * upgrades the schema after taking the import lock.
     */
    CatalogStore open() {
        return JdbiCatalogStore.open(url());
    }
}
