package org.onecsync.commerceml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onecsync.commerceml.testing.Fixtures;
import org.onecsync.parse.ParseException;

/**
 * Real files cut short or with bytes overwritten: whatever the damage, reading either succeeds or fails with a
 * {@link ParseException} that names the file — never another exception, which would reach a user as a stack
 * trace.
 */
class DamagedFilesTest {

    static Stream<String> files() {
        return Stream.of("cml31-ut11-freesport/goods/goods.xml", "cml31-ut11-freesport/offers/offers.xml",
                "cml31-ut11-freesport/prices/prices.xml", "cml31-ut11-freesport/contragents/contragents.xml",
                "cml204-1c-official/orders.xml", "cml207-ut11-package/offers0_1.xml");
    }

    private static List<String> unexpected(String name, byte[] bytes) {
        List<String> problems = new ArrayList<>();
        try {
            new CommerceMlParser().parse(name, new ByteArrayInputStream(bytes), (record, line) -> {
            });
        } catch (ParseException e) {
            if (!e.getMessage().startsWith(name + ", ")) {
                problems.add("message without the file and line: " + e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            problems.add(e.toString());
        }
        return problems;
    }

    @ParameterizedTest
    @MethodSource("files")
    void failsCleanlyWhereverTheFileIsCut(String relative) throws IOException {
        Path file = Fixtures.require(relative);
        byte[] bytes = Files.readAllBytes(file);
        SplittableRandom random = new SplittableRandom(relative.hashCode());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int cut = random.nextInt(1, bytes.length);
            byte[] truncated = java.util.Arrays.copyOf(bytes, cut);
            problems.addAll(unexpected(file.getFileName().toString(), truncated));
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("files")
    void failsCleanlyWhateverBytesAreOverwritten(String relative) throws IOException {
        Path file = Fixtures.require(relative);
        byte[] original = Files.readAllBytes(file);
        SplittableRandom random = new SplittableRandom(~relative.hashCode());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            byte[] damaged = original.clone();
            for (int j = 0; j < 3; j++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            problems.addAll(unexpected(file.getFileName().toString(), damaged));
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }
}
