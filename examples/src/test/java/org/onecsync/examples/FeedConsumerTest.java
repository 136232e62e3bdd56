package org.onecsync.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.generate.ExportGenerator;
import org.onecsync.generate.GeneratorOptions;
import org.onecsync.jdbi.JdbiCatalogStore;

class FeedConsumerTest {

    @TempDir
    Path tmp;

    private static List<String> catchUp(JdbiCatalogStore store, Path cursor) throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        FeedConsumer.catchUp(store.changes(), cursor, new PrintStream(printed, true, StandardCharsets.UTF_8));
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void resumesFromItsCursorMissingNothingAndSeeingNothingTwice() throws IOException {
        Path rev0 = tmp.resolve("rev0");
        Path rev1 = tmp.resolve("rev1");
        new ExportGenerator(GeneratorOptions.of(60, 3)).generate(rev0);
        new ExportGenerator(GeneratorOptions.of(60, 3).withRevision(1)).generate(rev1);
        Path cursor = tmp.resolve("cursor.txt");
        try (JdbiCatalogStore store = JdbiCatalogStore.open("jdbc:sqlite:" + tmp.resolve("shop.db"))) {
            ProductQuestions.importExport(store, rev0);
            long afterFirst = store.changes().lastSeq();

            List<String> first = catchUp(store, cursor);
            ProductQuestions.importExport(store, rev1);
            List<String> second = catchUp(store, cursor);
            List<String> third = catchUp(store, cursor);

            assertEquals(afterFirst, first.size());
            assertEquals(store.changes().lastSeq() - afterFirst, second.size());
            assertTrue(second.get(0).startsWith((afterFirst + 1) + " updated "), second.get(0));
            assertEquals(List.of(), third);
            assertEquals(Long.toString(store.changes().lastSeq()), Files.readString(cursor));
        }
    }
}
