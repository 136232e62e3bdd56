package org.onecsync.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.onecsync.model.Offer;
import org.onecsync.model.Product;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.FileOutcome;
import org.onecsync.parse.ParseException;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;

/**
 * Reads an export (folder, zip or file) and prints each product and offer as it streams by.
 *
 * <p>Run: {@code java -cp … org.onecsync.examples.ListProducts examples/sample-export}
 */
public final class ListProducts {

    private ListProducts() {
    }

    /**
     * @param args the export's path
     * @throws IOException if the export cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path path = Path.of(args.length > 0 ? args[0] : "examples/sample-export");
        ExportReader reader = new ExportReader(ParserRegistry.load());
        try (ExportSource export = ExportSources.open(path)) {
            for (ExportFile file : export.files()) {
                FileOutcome outcome = reader.read(file, (record, line) -> {
                    if (record instanceof Product p) {
                        System.out.printf("product %s  %s%n", p.id(), p.name());
                    } else if (record instanceof Offer o) {
                        System.out.printf("  offer %s  %s%n", o.key(), o.name());
                    }
                });
                if (!outcome.parsed()) {
                    System.out.printf("(skipped %s: %s)%n", outcome.path(), outcome.skipReason());
                }
            }
        } catch (ParseException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }
}
