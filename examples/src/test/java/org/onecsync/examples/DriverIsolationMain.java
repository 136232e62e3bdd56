package org.onecsync.examples;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.onecsync.catalog.Synced;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.model.Product;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.store.SessionStatus;
import org.onecsync.store.StoreException;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportReport;
import org.onecsync.sync.SyncEngine;

/**
 * An application with one JDBC driver, run by {@link DriverIsolationTest} in a JVM of its own whose class path
 * lacks the other driver.
 *
 * <pre>
 * import postgresql|sqlite JDBC_URL EXPORT   imports through open(url), reads a product back through open(url)
 *                                            and through of(the driver's data source); exit 0
 * open JDBC_URL                              JdbiCatalogStore.open and a read; a StoreException prints
 *                                            "StoreException: message" and exits 4
 * </pre>
 *
 * The driver classes it names itself sit in nested classes, loaded only for their database.
 */
public final class DriverIsolationMain {

    /** A product of {@code examples/sample-export}. */
    static final String PRODUCT_ID = "f0eebfe3-5f13-11ef-8a2a-04421a7d5f2d";
    static final String PRODUCT_NAME = "Спальный мешок Volantis VO5765, голубой";

    private DriverIsolationMain() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String other : new String[] {"org.postgresql.Driver", "org.sqlite.JDBC"}) {
            out.println(other + (present(other) ? " present" : " absent"));
        }
        if (args[0].equals("import")) {
            importAndRead(args[1], args[2], Path.of(args[3]), out);
        } else {
            try (JdbiCatalogStore store = JdbiCatalogStore.open(args[1])) {
                store.reader().product(PRODUCT_ID);
                out.println("opened and read");
            } catch (StoreException e) {
                out.println("StoreException: " + e.getMessage());
                System.exit(4);
            }
        }
    }

    private static void importAndRead(String database, String url, Path export, PrintStream out)
            throws IOException {
        try (JdbiCatalogStore store = JdbiCatalogStore.open(url)) {
            ImportReport report;
            try (ExportSource source = ExportSources.open(export)) {
                report = SyncEngine.builder(store).build().importExport(source, ImportOptions.defaults());
            }
            check(report.status() == SessionStatus.SUCCEEDED, "import " + report.status());
            out.println("imported: " + report.status());
            out.println("open(url): " + name(store));
            ProductQuestions.answer(store.reader(), PRODUCT_ID, out);
        }
        DataSource dataSource = database.equals("postgresql") ? Postgres.dataSource(url) : Sqlite.dataSource(url);
        try (JdbiCatalogStore store = JdbiCatalogStore.of(dataSource)) {
            out.println("of(dataSource): " + name(store));
        }
        out.println("reflected " + reflectOnStoreClasses(database) + " classes of sync-jdbi");
    }

    /**
     * Initializes every class of sync-jdbi and reads its fields, methods and constructors: none may need the
     * missing driver, except the one class that wraps it ({@code internal.PostgresDriver} or
     * {@code internal.SqliteDriver}, with its nested classes), which only runs for its database.
     *
     * @return how many classes
     */
    private static int reflectOnStoreClasses(String database) throws IOException {
        String wrapper = "org.onecsync.jdbi.internal."
                + (database.equals("postgresql") ? "SqliteDriver" : "PostgresDriver");
        Path location;
        try {
            location = Path.of(JdbiCatalogStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.map(file -> location.relativize(file).toString().replace(File.separatorChar, '/'))
                        .forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(JarEntry::getName).forEach(names::add);
            }
        }
        int count = 0;
        for (String name : names) {
            if (!name.endsWith(".class") || name.endsWith("module-info.class") || name.endsWith("package-info.class")) {
                continue;
            }
            String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
            if (className.equals(wrapper) || className.startsWith(wrapper + "$")) {
                continue;
            }
            try {
                Class<?> type = Class.forName(className, true, DriverIsolationMain.class.getClassLoader());
                type.getDeclaredFields();
                type.getDeclaredMethods();
                type.getDeclaredConstructors();
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException(className + " needs a missing class: " + e, e);
            }
            count++;
        }
        check(count > 20, "found only " + count + " classes of sync-jdbi in " + location);
        return count;
    }

    private static String name(JdbiCatalogStore store) {
        Optional<Synced<Product>> product = store.reader().product(PRODUCT_ID);
        check(product.isPresent(), "product " + PRODUCT_ID + " not found");
        return product.get().record().name();
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, DriverIsolationMain.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }

    private static final class Postgres {
        static DataSource dataSource(String url) {
            org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
            dataSource.setURL(url);
            return dataSource;
        }
    }

    private static final class Sqlite {
        static DataSource dataSource(String url) {
            org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource();
            dataSource.setUrl(url);
            return dataSource;
        }
    }
}
