package org.onecsync.commerceml.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.onecsync.commerceml.CommerceMlParser;
import org.onecsync.model.CatalogRecord;
import org.onecsync.spi.RecordHandler;

/**
 * The real 1C exports under {@code ../shared/fixtures}, beside the repository. Tests that need them are
 * skipped, with a reason, when that folder is absent.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The fixtures folder: {@code ONEC_SYNC_FIXTURES}, or {@code ../shared/fixtures} from the repository root. */
    public static Path root() {
        String override = System.getenv("ONEC_SYNC_FIXTURES");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String repo = System.getProperty("onecsync.repo.root", "..");
        return Path.of(repo).toAbsolutePath().resolve("../shared/fixtures").normalize();
    }

    /**
     * A fixture file or folder; skips the calling test when the fixtures are not there.
     *
     * @param relative the path below the fixtures folder
     * @return its absolute path
     */
    public static Path require(String relative) {
        Path path = root().resolve(relative);
        if (!Files.exists(path) && !warned) {
            // Surefire shows skips only as a count; say once, on the console, why they are skipped.
            warned = true;
            System.err.println("WARNING: real 1C fixtures not found at " + root()
                    + "; the tests that read them are skipped (set ONEC_SYNC_FIXTURES to their folder)");
        }
        assumeTrue(Files.exists(path), "real 1C fixtures not found at " + path + "; test skipped");
        return path;
    }

    private static volatile boolean warned;

    /** Every record of one small file, in order. */
    public static List<CatalogRecord> records(Path file) throws IOException {
        List<CatalogRecord> records = new ArrayList<>();
        parse(file, (record, line) -> records.add(record));
        return records;
    }

    /** Parses one file into a handler. */
    public static void parse(Path file, RecordHandler handler) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            new CommerceMlParser().parse(file.getFileName().toString(), in, handler);
        }
    }

    /** The records of one kind. */
    public static <T extends CatalogRecord> List<T> only(List<CatalogRecord> records, Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
