package org.onecsync.generate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FeedGeneratorTest {

    @TempDir
    Path temp;

    private static byte[] feed(FeedFormat format, int products, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FeedGenerator(new FeedOptions(format, products, seed)).write(out);
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void sameOptionsGiveSameBytesAndAnotherSeedOtherBytes(FeedFormat format) throws IOException {
        assertArrayEquals(feed(format, 200, 7), feed(format, 200, 7));
        assertFalse(Arrays.equals(feed(format, 200, 7), feed(format, 200, 8)));
    }

    @Test
    void smallerCsvFeedIsThePrefixOfABiggerOne() throws IOException {
        byte[] small = feed(FeedFormat.CSV, 30, 3);
        byte[] big = feed(FeedFormat.CSV, 300, 3);
        assertTrue(big.length > small.length);
        assertTrue(startsWith(big, small));
    }

    @Test
    void smallerJsonFeedIsThePrefixOfABiggerOneButForItsClosingBrackets() throws IOException {
        byte[] small = feed(FeedFormat.JSON, 30, 3);
        byte[] big = feed(FeedFormat.JSON, 300, 3);
        assertEquals("]}", new String(small, small.length - 2, 2, UTF_8));
        assertTrue(startsWith(big, Arrays.copyOf(small, small.length - 2)));
        assertEquals(',', (char) big[small.length - 2]);
    }

    @Test
    void csvIsWindows1251WithTheRussianHeaderAndTheQuirksOfRealFeeds() throws IOException {
        byte[] bytes = feed(FeedFormat.CSV, 500, 1);
        assertFalse(startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        String text = new String(bytes, Charset.forName("windows-1251"));
        assertTrue(text.startsWith("Артикул;Наименование;Описание;Цена;Старая цена;Остаток;Категория;Активность;"
                + "Штрихкод;Ед. изм.\r\n"), text.substring(0, 200));
        assertTrue(text.matches("(?s).*;\"?\\d{1,3}\u00A0\\d{3}(,\\d\\d)?\"?;.*"), "NBSP grouping");
        assertTrue(text.matches("(?s).*;\\d{1,3}(\u00A0\\d{3})?,\\d\\d;.*"), "a price with kopecks");
        assertTrue(text.contains(";Да;") && text.contains(";Нет;"));
        assertTrue(text.contains(" / "), "category paths");
        assertTrue(text.contains("\"\"") && text.contains("C:\\1C\\"), "doubled quotes and backslashes");
        assertTrue(text.matches("(?s).*\"[^\"\r\n]*; комплектация \"\"[^\"]*\"\"\nинструкция.*"),
                "a quoted description with the separator, doubled quotes and a line break");
    }

    @Test
    void jsonIsUtf8WithBomAndHasBothCharacteristicShapesAndNumbersAsText() throws IOException {
        byte[] bytes = feed(FeedFormat.JSON, 500, 1);
        assertTrue(startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        String text = new String(bytes, 3, bytes.length - 3, UTF_8);
        assertTrue(text.startsWith("{\"products\":[{\"sku\":\"УТ-00000001\",\"name\":"), text.substring(0, 100));
        assertTrue(text.contains("\"characteristics\":{\""));
        assertTrue(text.contains("\"characteristics\":[{\"name\":"));
        assertTrue(text.matches("(?s).*\"price\":\"\\d+,\\d\\d\".*"), "a price as a string with a decimal comma");
        assertTrue(text.contains("\"old_price\":"));
        assertTrue(text.matches("(?s).*\"price\":\\d+\\.\\d\\d,.*"), "a plain number with kopecks");
    }

    @Test
    void writesTheFormatsFileIntoTheFolder() throws IOException {
        Path dir = temp.resolve("out/feed");
        Path csv = new FeedGenerator(new FeedOptions(FeedFormat.CSV, 5, 1)).generate(dir);
        Path json = new FeedGenerator(new FeedOptions(FeedFormat.JSON, 5, 1)).generate(dir);
        assertEquals(dir.resolve("feed.csv"), csv);
        assertEquals(dir.resolve("feed.json"), json);
        assertArrayEquals(feed(FeedFormat.CSV, 5, 1), Files.readAllBytes(csv));
        assertArrayEquals(feed(FeedFormat.JSON, 5, 1), Files.readAllBytes(json));
    }

    @Test
    void refusesNoProducts() {
        assertThrows(IllegalArgumentException.class, () -> new FeedOptions(FeedFormat.CSV, 0, 1));
    }
}
