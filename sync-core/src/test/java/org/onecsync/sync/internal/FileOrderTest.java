package org.onecsync.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;

/** The reading order of real 1C exports (under {@code ../shared/fixtures}; skipped when absent). */
class FileOrderTest {

    private static Path fixture(String name) {
        String override = System.getenv("ONEC_SYNC_FIXTURES");
        Path root = override != null && !override.isBlank() ? Path.of(override)
                : Path.of(System.getProperty("onecsync.repo.root", "..")).toAbsolutePath()
                        .resolve("../shared/fixtures").normalize();
        Path path = root.resolve(name);
        assumeTrue(Files.isDirectory(path), "real 1C fixtures not found at " + path + "; test skipped");
        return path;
    }

    private static List<String> order(String fixture) throws IOException {
        try (ExportSource source = ExportSources.open(fixture(fixture))) {
            return FileOrder.sort(source.files()).stream().map(ExportFile::path).filter(p -> p.endsWith(".xml"))
                    .toList();
        }
    }

    @Test
    void oneExportInAFolderPerEntityIsOrderedByRoleThenByTheDate1CMadeEachFile() throws IOException {
        List<String> order = order("cml31-ut11-freesport");

        assertEquals(List.of("priceLists/priceLists.xml",
                "propertiesGoods/propertiesGoods_1_1_10f30faa-0a70-44df-bf00-799144e59493.xml",
                "storages/storages.xml",
                "propertiesGoods/propertiesGoods_1_2_092e9078-00ba-427c-8b10-6ca1cfdaec4f.xml",
                "propertiesGoods/propertiesGoods_1_3_bd32790e-aa0e-45ef-b860-f01177755214.xml",
                "propertiesGoods/propertiesGoods_1_4_c19854f5-aea1-468c-a8e6-9dcc57a8c15b.xml",
                "propertiesGoods/propertiesGoods_1_5_41ab2858-de60-4e75-aab8-bdc377455ac7.xml",
                "propertiesGoods/propertiesGoods_1_6_2e15ed38-7155-471a-bf41-2745c4bbc3fd.xml",
                "propertiesGoods/propertiesGoods_1_7_7272a5e9-26a8-479d-bf98-779620d90208.xml",
                "propertiesGoods/propertiesGoods_1_8_abe07a00-fe5f-40ec-a329-a716daa117ba.xml",
                "propertiesGoods/propertiesGoods_1_9_67765f15-3f48-4c7c-92f0-9785c72a5e3e.xml",
                "propertiesOffers/propertiesOffers_1_1_6a1a8235-d7e8-41d9-9ba0-748c4d67d65e.xml",
                "propertiesOffers/propertiesOffers_1_2_36a5519f-20da-44d9-bbe6-e1dbb43e727a.xml",
                "units/units.xml",
                "groups/groups.xml",
                "contragents/contragents.xml",
                "goods/goods.xml",
                "offers/offers.xml",
                "prices/prices.xml",
                "rests/rests.xml"), order);
    }

    @Test
    void aClassicExportInOneFolderReadsTheCatalogBeforeTheOffers() throws IOException {
        assertEquals(List.of("orders.xml", "import.xml", "offers.xml"), order("cml204-1c-official"));
        assertEquals(List.of("import0_1.xml", "offers0_1.xml"), order("cml207-ut11-package"));
    }
}
