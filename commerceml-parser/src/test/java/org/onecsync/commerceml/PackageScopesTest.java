package org.onecsync.commerceml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.catalog.CategoryNode;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportSources;
import org.onecsync.store.MissingPolicy;
import org.onecsync.store.memory.InMemoryCatalogStore;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.SyncEngine;

/**
 * Each CommerceML package is a scope of its own: a changes-only classifier inside a file whose catalog is full
 * removes no category, while the full catalog removes the products it no longer holds.
 */
class PackageScopesTest {

    @TempDir
    Path dir;

    private final InMemoryCatalogStore store = new InMemoryCatalogStore();

    private static String file(boolean classifierOnlyChanges, String groups, String products) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<КоммерческаяИнформация ВерсияСхемы=\"2.10\">\n"
                + "<Классификатор СодержитТолькоИзменения=\"" + classifierOnlyChanges + "\"><Ид>cls</Ид>"
                + "<Наименование>Классификатор</Наименование>\n<Группы>" + groups + "</Группы>\n</Классификатор>\n"
                + "<Каталог СодержитТолькоИзменения=\"false\"><Ид>cat</Ид><ИдКлассификатора>cls</ИдКлассификатора>"
                + "<Наименование>Каталог</Наименование>\n<Товары>\n" + products + "</Товары>\n</Каталог>\n"
                + "</КоммерческаяИнформация>\n";
    }

    private static String group(String id) {
        return "<Группа><Ид>" + id + "</Ид><Наименование>" + id + "</Наименование></Группа>";
    }

    private static String product(String id) {
        return "<Товар><Ид>" + id + "</Ид><Наименование>" + id + "</Наименование></Товар>\n";
    }

    private void importFile(String text) throws IOException {
        Path file = dir.resolve("import.xml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try (var source = ExportSources.open(file)) {
            SyncEngine.builder(store).parsers(ParserRegistry.load()).build().importExport(source,
                    ImportOptions.defaults().withMissingPolicy(MissingPolicy.DEACTIVATE));
        }
    }

    private Map<String, Boolean> categories() {
        Map<String, Boolean> active = new TreeMap<>();
        for (CategoryNode node : store.reader().categories()) {
            active.put(node.category().id(), node.active());
        }
        return active;
    }

    @Test
    void aChangesOnlyClassifierInsideAFullCatalogRemovesNoCategoryButTheCatalogRemovesItsMissingProducts()
            throws IOException {
        importFile(file(false, group("g1") + group("g2"), product("p1") + product("p2")));

        importFile(file(true, group("g1"), product("p1")));

        assertEquals(Map.of("g1", true, "g2", true), categories());
        assertEquals(true, store.reader().product("p1").orElseThrow().active());
        assertEquals(false, store.reader().product("p2").orElseThrow().active());
    }

    @Test
    void aFullClassifierInsideAFullCatalogRemovesItsMissingCategories() throws IOException {
        importFile(file(false, group("g1") + group("g2"), product("p1")));

        importFile(file(false, group("g1"), product("p1")));

        assertEquals(Map.of("g1", true, "g2", false), categories());
    }
}
