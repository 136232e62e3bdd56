package org.onecsync.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportGeneratorTest {

    private static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TempDir
    Path temp;

    private GenerationResult generate(GeneratorOptions options, String folder) throws IOException {
        return new ExportGenerator(options).generate(temp.resolve(folder));
    }

    @Test
    void sameSeedWritesSameBytes() throws IOException {
        generate(GeneratorOptions.of(40, 7), "a");
        generate(GeneratorOptions.of(40, 7), "b");

        List<String> files = CmlFiles.relativeFiles(temp.resolve("a"));
        assertEquals(files, CmlFiles.relativeFiles(temp.resolve("b")));
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("a").resolve(file)),
                    Files.readAllBytes(temp.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void differentSeedsWriteDifferentProducts() throws IOException {
        generate(GeneratorOptions.of(5, 1), "one");
        generate(GeneratorOptions.of(5, 2), "two");

        assertNotEquals(CmlFiles.texts(temp.resolve("one"), "goods", "Товар", "Ид"),
                CmlFiles.texts(temp.resolve("two"), "goods", "Товар", "Ид"));
    }

    @Test
    void smallerExportIsPrefixOfBiggerOne() throws IOException {
        generate(GeneratorOptions.of(25, 3).withProductsPerFile(10), "small");
        generate(GeneratorOptions.of(45, 3).withProductsPerFile(10), "big");
        Path small = temp.resolve("small");
        Path big = temp.resolve("big");

        int identical = 0;
        int prefixes = 0;
        for (String file : CmlFiles.relativeFiles(small)) {
            String smallText = CmlFiles.read(small.resolve(file));
            String bigText = CmlFiles.read(big.resolve(file));
            if (smallText.equals(bigText)) {
                identical++;
                continue;
            }
            String trailer = file.startsWith("goods/")
                    ? "\n\t\t</Товары>\n\t\t<Описание>Каталог товаров</Описание>\n\t</Каталог>"
                            + "\n</КоммерческаяИнформация>"
                    : "\n\t\t</Предложения>\n\t</ПакетПредложений>\n</КоммерческаяИнформация>";
            assertTrue(smallText.endsWith(trailer), file);
            String body = smallText.substring(0, smallText.length() - trailer.length());
            assertTrue(bigText.startsWith(body), file + " is not a prefix of the bigger export's");
            assertTrue(file.matches("(goods|offers|prices|rests)/\\1_1_3_" + GUID + "\\.xml"), file);
            prefixes++;
        }
        assertEquals(4, prefixes);
        assertEquals(CmlFiles.relativeFiles(small).size() - 4, identical);
    }

    @Test
    void writesUtf8ByteOrderMark() throws IOException {
        Path out = temp.resolve("out");
        GenerationResult result = generate(GeneratorOptions.of(12, 1), "out");

        for (String file : CmlFiles.relativeFiles(out)) {
            byte[] bytes = Files.readAllBytes(out.resolve(file));
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), file);
        }
        assertEquals(14, result.files().size());
    }

    @Test
    void everyFileStartsWithTheDeclarationAndRootAndEndsWithoutNewline() throws IOException {
        Path out = temp.resolve("out");
        generate(GeneratorOptions.of(3, 1), "out");

        for (String file : CmlFiles.relativeFiles(out)) {
            String text = CmlFiles.read(out.resolve(file));
            assertTrue(text.startsWith("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<КоммерческаяИнформация"
                    + " xmlns=\"urn:1C.ru:commerceml_3\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
                    + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ВерсияСхемы=\"3.1\""
                    + " ДатаФормирования=\"2025-"), file);
            assertTrue(text.endsWith(">\n</КоммерческаяИнформация>"), file);
            assertTrue(text.contains("\n\t<"), file);
            assertFalse(text.contains("\n    <"), file);
        }
    }

    @Test
    void everyFileIsWellFormedCommerceMl31() throws Exception {
        Path out = temp.resolve("out");
        generate(GeneratorOptions.of(30, 11), "out");

        XMLInputFactory factory = XMLInputFactory.newFactory();
        for (String file : CmlFiles.relativeFiles(out)) {
            try (InputStream in = Files.newInputStream(out.resolve(file))) {
                XMLStreamReader reader = factory.createXMLStreamReader(in);
                assertEquals(XMLStreamConstants.START_ELEMENT, reader.nextTag());
                assertEquals("КоммерческаяИнформация", reader.getLocalName());
                assertEquals("urn:1C.ru:commerceml_3", reader.getNamespaceURI());
                assertEquals("3.1", reader.getAttributeValue(null, "ВерсияСхемы"));
                assertEquals("Обмен с сайтом", reader.getAttributeValue(null, "Ид"));
                while (reader.hasNext()) {
                    reader.next();
                }
            }
        }
    }

    @Test
    void writesTheFolderLayoutOf1cExchangeWithSite() throws IOException {
        GenerationResult result = generate(GeneratorOptions.of(50, 1), "out");

        List<String> files = CmlFiles.relativeFiles(temp.resolve("out"));
        List<String> patterns = List.of("contragents/contragents\\.xml", "goods/goods_1_1_" + GUID + "\\.xml",
                "groups/groups\\.xml", "offers/offers_1_1_" + GUID + "\\.xml", "priceLists/priceLists\\.xml",
                "prices/prices_1_1_" + GUID + "\\.xml", "propertiesGoods/propertiesGoods_1_1_" + GUID + "\\.xml",
                "propertiesGoods/propertiesGoods_1_2_" + GUID + "\\.xml",
                "propertiesGoods/propertiesGoods_1_3_" + GUID + "\\.xml",
                "propertiesOffers/propertiesOffers_1_1_" + GUID + "\\.xml",
                "propertiesOffers/propertiesOffers_1_2_" + GUID + "\\.xml", "rests/rests_1_1_" + GUID + "\\.xml",
                "storages/storages\\.xml", "units/units\\.xml");
        assertEquals(patterns.size(), files.size(), files.toString());
        for (int i = 0; i < files.size(); i++) {
            assertTrue(files.get(i).matches(patterns.get(i)), files.get(i));
        }
        assertEquals(temp.resolve("out/units/units.xml"), result.files().get(0));
        assertEquals(temp.resolve("out/contragents/contragents.xml"), result.files().get(13));
        assertEquals(ExportGenerator.FOLDERS, List.of("units", "storages", "priceLists", "groups", "propertiesGoods",
                "propertiesOffers", "goods", "offers", "prices", "rests", "contragents"));
    }

    @Test
    void goodsPagesHoldAtMostAThousandProducts() throws IOException {
        Path out = temp.resolve("out");
        generate(GeneratorOptions.of(1001, 4), "out");

        List<Path> pages = CmlFiles.folder(out, "goods");
        assertEquals(2, pages.size());
        assertTrue(pages.get(0).getFileName().toString().startsWith("goods_1_1_"));
        assertEquals(1000, CmlFiles.histogram(pages.get(0)).get("Товар"));
        assertEquals(1, CmlFiles.histogram(pages.get(1)).get("Товар"));
        assertEquals(2, CmlFiles.folder(out, "prices").size());
        assertEquals(2, CmlFiles.folder(out, "rests").size());
    }

    @Test
    void formationDateDependsOnTheSeedOnly() throws IOException {
        generate(GeneratorOptions.of(1, 1), "one");
        generate(GeneratorOptions.of(9, 1), "nine");

        String one = CmlFiles.read(temp.resolve("one/units/units.xml"));
        assertTrue(one.contains("ДатаФормирования=\"2025-09-30T20:24:06\""), one.substring(0, 400));
        assertEquals(one, CmlFiles.read(temp.resolve("nine/units/units.xml")));
    }

    @Test
    void rejectsFewerThanOneProduct() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.of(0, 1));
        assertEquals("products must be at least 1, not 0", e.getMessage());
    }

    @Test
    void writesNoImageFiles() throws IOException {
        Path out = temp.resolve("out");
        generate(GeneratorOptions.of(10, 1), "out");

        assertFalse(Files.exists(out.resolve("goods/import_files")));
        assertTrue(new String(Files.readAllBytes(CmlFiles.folder(out, "goods").get(0)), StandardCharsets.UTF_8)
                .contains("<Картинка>import_files/"));
    }
}
