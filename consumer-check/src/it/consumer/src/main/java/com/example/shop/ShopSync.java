package com.example.shop;

import java.io.IOException;
import java.nio.file.Path;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportReport;
import org.onecsync.sync.SyncEngine;

/** A shop's own code: applies a 1C export to its PostgreSQL database. */
public final class ShopSync {

    private ShopSync() {
    }

    /**
     * Imports an export folder, zip or file.
     *
     * @param jdbcUrl the shop's database
     * @param export what 1C wrote
     * @return what the import did
     * @throws IOException if the export cannot be read
     */
    public static ImportReport importExport(String jdbcUrl, Path export) throws IOException {
        try (JdbiCatalogStore store = JdbiCatalogStore.open(jdbcUrl); ExportSource source = ExportSources.open(export)) {
            return SyncEngine.builder(store).parsers(ParserRegistry.load()).build()
                    .importExport(source, ImportOptions.defaults());
        }
    }

    /**
     * {@code java com.example.shop.ShopSync JDBC_URL EXPORT}
     *
     * @param args the database URL and the export
     * @throws IOException if the export cannot be read
     */
    public static void main(String[] args) throws IOException {
        System.out.println(importExport(args[0], Path.of(args[1])).status());
    }
}
