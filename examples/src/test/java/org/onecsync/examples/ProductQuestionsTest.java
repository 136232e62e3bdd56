package org.onecsync.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.catalog.CatalogOffer;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.model.Product;

class ProductQuestionsTest {

    static final Path SAMPLE = Path.of(System.getProperty("onecsync.repo.root", ".."), "examples", "sample-export");

    @TempDir
    Path tmp;

    @Test
    void answersNameRetailPriceAndStockOfAProductAfterTheImport() throws IOException {
        try (JdbiCatalogStore store = JdbiCatalogStore.open("jdbc:sqlite:" + tmp.resolve("shop.db"))) {
            ProductQuestions.importExport(store, SAMPLE);
            Product product = store.reader().products(null, 1).get(0).record();
            List<CatalogOffer> offers = store.reader().offers(product.id());
            ByteArrayOutputStream printed = new ByteArrayOutputStream();

            boolean found = ProductQuestions.answer(store.reader(), product.id(),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertTrue(found);
            List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
            assertEquals(product.name(), lines.get(0));
            assertEquals(offers.size() + 1, lines.size());
            assertTrue(lines.get(1).matches("  .+: retail \\d+(\\.\\d+)?, stock \\d+(\\.\\d+)?"), lines.get(1));
        }
    }
}
