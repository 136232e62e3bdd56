package org.onecsync.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.Fixtures;
import org.onecsync.generate.ExportGenerator;
import org.onecsync.generate.GeneratorOptions;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.model.Product;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;

/**
 * {@link RecordCodec} on every record of every real 1C export under the fixtures folder and of a generated
 * 200-product export: {@code json} is byte-identical to version 1's writer, {@code fromJson} reads it back
 * to an equal record, and the hash of the copy is the same.
 */
class RecordCodecFixturesTest {

    @TempDir
    Path temp;

    /** Every record of an export folder (or file), in reading order. */
    private static List<CatalogRecord> read(Path export) throws IOException {
        List<CatalogRecord> records = new ArrayList<>();
        ExportReader reader = new ExportReader(ParserRegistry.load());
        try (ExportSource source = ExportSources.open(export)) {
            for (ExportFile file : source.files()) {
                reader.read(file, (record, line) -> records.add(record));
            }
        }
        return records;
    }

    private static Map<EntityType, Integer> checkAll(List<CatalogRecord> records) {
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        for (CatalogRecord record : records) {
            String json = RecordCodec.json(record);
            assertEquals(V1RecordJson.write((Record) record), json, record.type() + " " + record.key());
            CatalogRecord copy = RecordCodec.fromJson(record.type(), json);
            assertEquals(record, copy, json);
            assertEquals(json, RecordCodec.json(copy));
            assertEquals(RecordCodec.hash(record), RecordCodec.hash(copy), json);
            counts.merge(record.type(), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void codecMatchesVersionOneOnEveryRecordOfEveryRealExport() throws IOException {
        Path root = Fixtures.require("");
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        List<Path> exports;
        try (Stream<Path> folders = Files.list(root)) {
            exports = folders.filter(Files::isDirectory).sorted().toList();
        }
        for (Path export : exports) {
            checkAll(read(export)).forEach((type, n) -> counts.merge(type, n, Integer::sum));
        }
        // Every kind of record the parser makes occurs in the real exports.
        assertEquals(EntityType.values().length, counts.size(), counts.toString());
        assertTrue(counts.values().stream().mapToInt(Integer::intValue).sum() > 1000, counts.toString());
    }

    @Test
    void codecMatchesVersionOneOnEveryRecordOfGeneratedExport() throws IOException {
        new ExportGenerator(GeneratorOptions.of(200, 1)).generate(temp);
        List<CatalogRecord> records = read(temp);
        Map<EntityType, Integer> counts = checkAll(records);
        assertEquals(200, counts.get(EntityType.PRODUCT));
        printTimings(records);
    }

    /** Rough cost per product of json() and hash(), after warming up; printed, not asserted. */
    private static void printTimings(List<CatalogRecord> records) {
        List<Product> products = records.stream().filter(Product.class::isInstance).map(Product.class::cast).toList();
        int values = products.stream().mapToInt(p -> p.propertyValues().size()).sum();
        long sink = 0;
        for (int round = 0; round < 300; round++) {
            for (Product p : products) {
                sink += RecordCodec.hash(p) + RecordCodec.json(p).length();
            }
        }
        int rounds = 500;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (Product p : products) {
                sink += RecordCodec.hash(p);
            }
        }
        long hashNanos = (System.nanoTime() - start) / ((long) rounds * products.size());
        start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (Product p : products) {
                sink += RecordCodec.json(p).length();
            }
        }
        long jsonNanos = (System.nanoTime() - start) / ((long) rounds * products.size());
        start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (Product p : products) {
                sink += V1RecordJson.write(p).length();
            }
        }
        long v1Nanos = (System.nanoTime() - start) / ((long) rounds * products.size());
        System.out.printf("RecordCodec on %d generated products (%.1f property values each): hash %d ns,"
                + " json %d ns, version 1 writer %d ns per product (%d)%n", products.size(),
                (double) values / products.size(), hashNanos, jsonNanos, v1Nanos, sink & 1);
    }

}
