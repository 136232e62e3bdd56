package org.onecsync.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.spi.ExportParser;
import org.onecsync.spi.ExportParserProvider;

class ParserRegistryTest {

    /** Reads files that start with "CSV". */
    public static class CsvLikeProvider implements ExportParserProvider {
        @Override
        public String name() {
            return "csv-like";
        }

        @Override
        public boolean recognizes(byte[] head, int length) {
            return length >= 3 && new String(head, 0, 3, StandardCharsets.US_ASCII).equals("CSV");
        }

        @Override
        public ExportParser newParser() {
            return (fileName, in, handler) -> {
            };
        }
    }

    /** A plug-in whose constructor fails, as a broken jar on the class path would. */
    public static final class BrokenProvider extends CsvLikeProvider {
        public BrokenProvider() {
            throw new IllegalStateException("broken on purpose");
        }
    }

    @Test
    void findsTheProviderThatRecognisesTheContent() {
        ParserRegistry registry = ParserRegistry.of(new CsvLikeProvider());
        byte[] head = "CSV;sku;price".getBytes(StandardCharsets.US_ASCII);
        assertEquals("csv-like", registry.find(head, head.length).orElseThrow().name());
    }

    @Test
    void findsNothingForContentNoProviderReads() {
        byte[] head = "<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.US_ASCII);
        assertTrue(ParserRegistry.of(new CsvLikeProvider()).find(head, head.length).isEmpty());
    }

    @Test
    void skipsAServiceLoadedProviderThatFailsToLoadAndKeepsTheOthers() {
        // src/test/resources lists BrokenProvider before CsvLikeProvider.
        List<String> names = ParserRegistry.load().providers().stream().map(ExportParserProvider::name).toList();
        assertEquals(List.of("csv-like"), names);
    }

    @Test
    void asksExplicitlyAddedProvidersAfterTheOthers() {
        ExportParserProvider second = new CsvLikeProvider() {
            @Override
            public String name() {
                return "second";
            }
        };
        ParserRegistry registry = ParserRegistry.of(new CsvLikeProvider()).with(second);
        assertEquals(List.of("csv-like", "second"), registry.providers().stream().map(ExportParserProvider::name).toList());
    }
}
