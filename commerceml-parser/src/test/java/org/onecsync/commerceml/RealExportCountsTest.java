package org.onecsync.commerceml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecsync.commerceml.testing.Fixtures;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ExportSummary;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;

class RealExportCountsTest {

    static Map<String, Long> totals(Path export) throws IOException {
        Map<String, Long> named = new LinkedHashMap<>();
        try (ExportSource source = ExportSources.open(export)) {
            ExportSummary.read(source, new ExportReader(ParserRegistry.load())).totals()
                    .forEach((type, n) -> named.put(type.jsonName(), n));
        }
        return named;
    }

    static Map<String, Long> expected(long categories, long properties, long priceTypes, long units,
                                      long warehouses, long products, long offers, long prices, long stocks,
                                      long counterparties, long orders) {
        Map<String, Long> map = new LinkedHashMap<>();
        map.put("categories", categories);
        map.put("properties", properties);
        map.put("priceTypes", priceTypes);
        map.put("units", units);
        map.put("warehouses", warehouses);
        map.put("products", products);
        map.put("offers", offers);
        map.put("prices", prices);
        map.put("stocks", stocks);
        map.put("counterparties", counterparties);
        map.put("orders", orders);
        return map;
    }

    @Test
    void countsEveryEntityOfThe31PerEntityFolderExport() throws IOException {
        Path export = Fixtures.require("cml31-ut11-freesport");
        assertEquals(expected(119, 496, 6, 18, 2, 3, 3, 23, 10, 37, 0), totals(export));
    }

    @Test
    void countsEveryEntityOfThe204OfficialSample() throws IOException {
        Path export = Fixtures.require("cml204-1c-official");
        assertEquals(expected(1, 0, 4, 0, 0, 4, 2, 8, 2, 0, 3), totals(export));
    }

    @Test
    void countsEveryEntityOfThe207Package() throws IOException {
        Path export = Fixtures.require("cml207-ut11-package");
        assertEquals(expected(1, 12, 1, 0, 3, 36, 44, 44, 132, 0, 0), totals(export));
    }
}
