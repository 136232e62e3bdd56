package org.onecsync.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.generate.ExportGenerator;
import org.onecsync.commerceml.generate.GeneratorOptions;
import org.onecsync.commerceml.testing.Fixtures;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.model.OfferKey;
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
            assertEquals(V1.write((Record) record), json, record.type() + " " + record.key());
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
                sink += V1.write(p).length();
            }
        }
        long v1Nanos = (System.nanoTime() - start) / ((long) rounds * products.size());
        System.out.printf("RecordCodec on %d generated products (%.1f property values each): hash %d ns,"
                + " json %d ns, version 1 writer %d ns per product (%d)%n", products.size(),
                (double) values / products.size(), hashNanos, jsonNanos, v1Nanos, sink & 1);
    }

    /**
     * A frozen copy of version 1's reflective writer ({@code org.onecsync.sync.internal.RecordJson}), the
     * oracle the codec must match byte for byte. Do not change it.
     */
    static final class V1 {

        private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
            @Override
            protected Component[] computeValue(Class<?> type) {
                RecordComponent[] parts = type.getRecordComponents();
                Component[] result = new Component[parts.length];
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                for (int i = 0; i < parts.length; i++) {
                    try {
                        result[i] = new Component(parts[i].getName(), lookup.unreflect(parts[i].getAccessor())
                                .asType(MethodType.methodType(Object.class, Record.class)));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("record " + type.getName() + " is not public", e);
                    }
                }
                return result;
            }
        };

        private V1() {
        }

        static String write(Record value) {
            StringBuilder out = new StringBuilder(256);
            writeValue(out, value);
            return out.toString();
        }

        private static void writeValue(StringBuilder out, Object value) {
            if (value instanceof String text) {
                writeString(out, text);
            } else if (value instanceof OfferKey key) {
                writeString(out, key.toString());
            } else if (value instanceof Record record) {
                writeRecord(out, record);
            } else if (value instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    writeValue(out, list.get(i));
                }
                out.append(']');
            } else if (value instanceof BigDecimal number) {
                out.append(number.toPlainString());
            } else if (value instanceof Boolean || value instanceof Number) {
                out.append(value);
            } else {
                writeString(out, value.toString());
            }
        }

        private static void writeRecord(StringBuilder out, Record record) {
            out.append('{');
            boolean first = true;
            for (Component component : COMPONENTS.get(record.getClass())) {
                Object value = component.get(record);
                if (value == null) {
                    continue;
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString(out, component.name);
                out.append(':');
                writeValue(out, value);
            }
            out.append('}');
        }

        private static void writeString(StringBuilder out, String text) {
            out.append('"');
            int clean = 0;
            int n = text.length();
            while (clean < n && !needsEscape(text.charAt(clean))) {
                clean++;
            }
            out.append(text, 0, clean);
            for (int i = clean; i < n; i++) {
                char c = text.charAt(i);
                if (!needsEscape(c)) {
                    out.append(c);
                    continue;
                }
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(String.format("\\u%04x", (int) c));
                }
            }
            out.append('"');
        }

        private static boolean needsEscape(char c) {
            return c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029';
        }

        private record Component(String name, MethodHandle accessor) {
            Object get(Record record) {
                try {
                    return (Object) accessor.invokeExact(record);
                } catch (Throwable e) {
                    throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getName(), e);
                }
            }
        }
    }
}
