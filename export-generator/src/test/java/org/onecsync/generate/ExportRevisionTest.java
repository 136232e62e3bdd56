package org.onecsync.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRevisionTest {

    @TempDir
    Path temp;

    private Path generate(GeneratorOptions options, String folder) throws IOException {
        new ExportGenerator(options).generate(temp.resolve(folder));
        return temp.resolve(folder);
    }

    @Test
    void fullExportMarksEveryPackageFull() throws IOException {
        String all = CmlFiles.readAll(generate(GeneratorOptions.of(5, 1).withFull(true), "full"));

        assertFalse(all.contains("СодержитТолькоИзменения=\"true\""));
        assertTrue(all.contains("<Каталог СодержитТолькоИзменения=\"false\">"));
        assertTrue(all.contains("<Классификатор СодержитТолькоИзменения=\"false\">"));
        assertTrue(all.contains("<ПакетПредложений СодержитТолькоИзменения=\"false\">"));
    }

    @Test
    void revisionChangesThePricesOfEveryTenthOffer() throws IOException {
        Path first = generate(GeneratorOptions.of(40, 1), "r0");
        Path second = generate(GeneratorOptions.of(40, 1).withRevision(1), "r1");

        Path before = CmlFiles.folder(first, "prices").get(0);
        Path after = CmlFiles.folder(second, "prices").get(0);
        List<String> ids = CmlFiles.texts(before, "Предложение", "Ид");
        assertEquals(ids, CmlFiles.texts(after, "Предложение", "Ид"));
        List<String> oldPrices = pricesPerOffer(before);
        List<String> newPrices = pricesPerOffer(after);
        assertEquals(ids.size(), oldPrices.size());
        for (int ordinal = 0; ordinal < ids.size(); ordinal++) {
            boolean changed = (ordinal + 1) % 10 == 0;
            assertEquals(changed, !oldPrices.get(ordinal).equals(newPrices.get(ordinal)), ids.get(ordinal));
        }
    }

    @Test
    void revisionChangesTheStockOfEveryFifthOffer() throws IOException {
        Path first = generate(GeneratorOptions.of(40, 1), "r0");
        Path second = generate(GeneratorOptions.of(40, 1).withRevision(2), "r2");

        List<String> before = CmlFiles.texts(first, "rests", "Склад", "Количество");
        List<String> after = CmlFiles.texts(second, "rests", "Склад", "Количество");
        int warehouses = CmlFiles.count(first, "storages", "Склад");
        assertEquals(before.size(), after.size());
        for (int ordinal = 0; ordinal < before.size() / warehouses; ordinal++) {
            boolean changed = false;
            for (int w = 0; w < warehouses; w++) {
                int row = ordinal * warehouses + w;
                changed |= !before.get(row).equals(after.get(row));
            }
            assertEquals((ordinal + 1) % 5 == 0, changed, "offer " + ordinal);
        }
    }

    @Test
    void revisionLeavesProductsUnchangedButForTheDate() throws IOException {
        Path first = generate(GeneratorOptions.of(20, 1), "r0");
        Path second = generate(GeneratorOptions.of(20, 1).withRevision(1), "r1");

        String before = CmlFiles.read(CmlFiles.folder(first, "goods").get(0));
        String after = CmlFiles.read(CmlFiles.folder(second, "goods").get(0));
        assertTrue(before.contains("ДатаФормирования=\"2025-09-30T"));
        assertTrue(after.contains("ДатаФормирования=\"2025-10-01T"));
        assertEquals(before.substring(before.indexOf("<Каталог")), after.substring(after.indexOf("<Каталог")));
    }

    /** The {@code Цены} element of each offer, as text. */
    private static List<String> pricesPerOffer(Path prices) throws IOException {
        String text = CmlFiles.read(prices);
        List<String> result = new ArrayList<>();
        int at = 0;
        while ((at = text.indexOf("<Цены>", at)) >= 0) {
            int end = text.indexOf("</Цены>", at);
            result.add(text.substring(at, end));
            at = end;
        }
        return result;
    }
}
