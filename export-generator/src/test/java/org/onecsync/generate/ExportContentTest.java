package org.onecsync.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content of the 50-product, seed-1 export (the one shipped as examples/sample-export). */
class ExportContentTest {

    private static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TempDir
    static Path out;

    static GenerationResult result;

    @BeforeAll
    static void generate() throws IOException {
        result = new ExportGenerator(GeneratorOptions.of(50, 1)).generate(out);
    }

    @Test
    void sampleOfFiftyProductsHasExactCounts() {
        assertEquals(List.of(50, 65, 94, 486, 188, 125, 18, 2, 6, 64, 16, 20),
                List.of(result.products(), result.variants(), result.offers(), result.prices(), result.stockRows(),
                        result.groups(), result.units(), result.warehouses(), result.priceTypes(),
                        result.properties(), result.offerProperties(), result.counterparties()));
        assertEquals(14, result.files().size());
    }

    @Test
    void committedSampleMatchesTheGenerator() throws IOException {
        Path sample = Path.of(System.getProperty("onecsync.repo.root", ".."), "examples", "sample-export");
        String regenerate = "examples/sample-export is stale: regenerate it with "
                + "`onec-sync generate --products 50 --seed 1 --out examples/sample-export --force`";

        assertEquals(CmlFiles.relativeFiles(out), CmlFiles.relativeFiles(sample), regenerate);
        for (String file : CmlFiles.relativeFiles(out)) {
            assertArrayEquals(Files.readAllBytes(out.resolve(file)), Files.readAllBytes(sample.resolve(file)),
                    file + ": " + regenerate);
        }
    }

    @Test
    void countsMatchTheElementsInTheFiles() throws IOException {
        assertEquals(result.products(), CmlFiles.count(out, "goods", "Товар"));
        assertEquals(result.variants(), CmlFiles.count(out, "offers", "Предложение"));
        assertEquals(result.offers(), CmlFiles.count(out, "prices", "Предложение"));
        assertEquals(result.offers(), CmlFiles.count(out, "rests", "Предложение"));
        assertEquals(result.prices(), CmlFiles.count(out, "prices", "Цена"));
        assertEquals(result.stockRows(), CmlFiles.count(out, "rests", "Остаток"));
        assertEquals(result.groups(), CmlFiles.count(out, "groups", "Группа"));
        assertEquals(result.units(), CmlFiles.count(out, "units", "ЕдиницаИзмерения"));
        assertEquals(result.warehouses(), CmlFiles.count(out, "storages", "Склад"));
        assertEquals(result.priceTypes(), CmlFiles.count(out, "priceLists", "ТипЦены"));
        assertEquals(result.properties(), CmlFiles.count(out, "propertiesGoods", "Свойство"));
        assertEquals(result.offerProperties(), CmlFiles.count(out, "propertiesOffers", "Свойство"));
        assertEquals(result.counterparties(), CmlFiles.count(out, "contragents", "Контрагент"));
        long bytes = 0;
        for (Path file : result.files()) {
            bytes += Files.size(file);
        }
        assertEquals(bytes, result.bytes());
    }

    @Test
    void offersPricesAndStockReferToGeneratedProducts() throws IOException {
        Set<String> products = new LinkedHashSet<>(CmlFiles.texts(out, "goods", "Товар", "Ид"));
        List<String> variants = CmlFiles.texts(out, "offers", "Предложение", "Ид");
        Set<String> withVariants = new HashSet<>();
        for (String variant : variants) {
            assertTrue(variant.matches(GUID + "#" + GUID), variant);
            String product = variant.substring(0, variant.indexOf('#'));
            assertTrue(products.contains(product), variant);
            withVariants.add(product);
        }
        List<String> expected = new ArrayList<>();
        for (String product : products) {
            if (withVariants.contains(product)) {
                variants.stream().filter(v -> v.startsWith(product + "#")).forEach(expected::add);
            } else {
                expected.add(product);
            }
        }
        assertEquals(50, products.size());
        assertEquals(expected, CmlFiles.texts(out, "prices", "Предложение", "Ид"));
        assertEquals(expected, CmlFiles.texts(out, "rests", "Предложение", "Ид"));
    }

    @Test
    void referencesPointAtTheClassifier() throws IOException {
        Set<String> groups = new HashSet<>(CmlFiles.texts(out, "groups", "Группа", "Ид"));
        Set<String> units = new HashSet<>(CmlFiles.texts(out, "units", "ЕдиницаИзмерения", "Код"));
        Set<String> priceTypes = new HashSet<>(CmlFiles.texts(out, "priceLists", "ТипЦены", "Ид"));
        Set<String> warehouses = new HashSet<>(CmlFiles.texts(out, "storages", "Склад", "Ид"));
        Set<String> properties = new HashSet<>(CmlFiles.texts(out, "propertiesGoods", "Свойство", "Ид"));
        Set<String> offerProperties = new HashSet<>(CmlFiles.texts(out, "propertiesOffers", "Свойство", "Ид"));

        assertTrue(groups.containsAll(CmlFiles.texts(out, "goods", "Группы", "Ид")));
        assertTrue(units.containsAll(CmlFiles.texts(out, "goods", "Товар", "БазоваяЕдиница")));
        assertTrue(priceTypes.containsAll(CmlFiles.texts(out, "prices", "Цена", "ИдТипаЦены")));
        assertTrue(warehouses.containsAll(CmlFiles.texts(out, "rests", "Склад", "Ид")));
        assertTrue(properties.containsAll(CmlFiles.texts(out, "goods", "ЗначенияСвойства", "Ид")));
        assertTrue(offerProperties.containsAll(CmlFiles.texts(out, "offers", "ЗначенияСвойства", "Ид")));
        assertTrue(properties.contains("Бренд"));
    }

    @Test
    void dictionaryValuesAreDeclaredOrAreTheQuirksOf1c() throws IOException {
        Set<String> allowed = new HashSet<>(CmlFiles.texts(out, "propertiesGoods", "Справочник", "ИдЗначения"));
        allowed.addAll(List.of("", "true", "false", "00000000-0000-0000-0000-000000000000"));
        for (String value : CmlFiles.texts(out, "goods", "ЗначенияСвойства", "Значение")) {
            assertTrue(allowed.contains(value) || !value.matches(GUID), value);
        }
    }

    @Test
    void writesTheQuirksOfRealExports() throws IOException {
        String all = CmlFiles.readAll(out);
        for (String quirk : List.of("<Ид>Бренд</Ид>", "<НомерВерсии/>", "<Ид>796 </Ид>", "<Код>796 </Код>",
                "<БазоваяЕдиница>796 </БазоваяЕдиница>", "<Ид>    </Ид>", "Упаковка" + " ".repeat(92) + "<",
                "<Значение>00000000-0000-0000-0000-000000000000</Значение>", "<Значение>-999999999.9</Значение>",
                "<Значение>-999\u00A0999\u00A0999,9</Значение>", "<Значение>true</Значение>",
                "<Значение>false</Значение>", "<Значение/>", "&lt;br&gt;", "<Картинка/>", "<Штрихкод/>",
                ".5</ЦенаЗаЕдиницу>", ",50 руб</Представление>", "<Валюта>руб</Валюта>", "<Валюта>RUB</Валюта>",
                "<ТипЗначений>Справочник</ТипЗначений>", "<ТипЗначений>Число</ТипЗначений>",
                "<ТипЗначений>Строка</ТипЗначений>", "<Контрагенты СодержитТолькоИзменения=\"false\">",
                "<Каталог СодержитТолькоИзменения=\"true\">", "<Ставка>20</Ставка>")) {
            assertTrue(all.contains(quirk), quirk);
        }
        assertTrue(all.matches("(?s).*<Представление>\\d{1,3}\u00A0\\d{3} руб</Представление>.*"));
        assertTrue(all.matches("(?s).*<Значение>\\d+,\\d+</Значение>.*"));
    }

    @Test
    void imagesAreReferencedWithCaptions() throws IOException {
        Path goods = CmlFiles.folder(out, "goods").get(0);
        List<String> images = CmlFiles.texts(goods, "Товар", "Картинка");
        List<String> captions = CmlFiles.texts(goods, null, "Значение").stream()
                .filter(v -> v.startsWith("import_files/")).toList();
        List<String> nonEmpty = images.stream().filter(i -> !i.isEmpty()).toList();

        assertEquals(nonEmpty.size(), captions.size());
        for (int i = 0; i < nonEmpty.size(); i++) {
            String image = nonEmpty.get(i);
            assertTrue(image.matches("import_files/([0-9a-f]{2})/\\1[0-9a-f-]{34}_" + GUID + "\\.jpg"), image);
            assertTrue(captions.get(i).startsWith(image + "#"), captions.get(i));
        }
        assertEquals(3, images.size() - nonEmpty.size());
    }

    @Test
    void variantsAreNamedAfterTheirProductAndSize() throws IOException {
        Path goods = CmlFiles.folder(out, "goods").get(0);
        Path offers = CmlFiles.folder(out, "offers").get(0);
        List<String> productIds = CmlFiles.texts(goods, "Товар", "Ид");
        List<String> productNames = CmlFiles.texts(goods, "Товар", "Наименование");
        List<String> ids = CmlFiles.texts(offers, "Предложение", "Ид");
        List<String> names = CmlFiles.texts(offers, "Предложение", "Наименование");
        List<String> characteristics = CmlFiles.texts(offers, "ХарактеристикаТовара", "Наименование");
        List<String> values = CmlFiles.texts(offers, "ХарактеристикаТовара", "Значение");
        List<String> sizes = new ArrayList<>();
        for (int i = 0; i < characteristics.size(); i++) {
            if (characteristics.get(i).equals("Размер")) {
                sizes.add(values.get(i));
            }
        }

        assertEquals(result.variants(), sizes.size());
        for (int i = 0; i < ids.size(); i++) {
            String product = ids.get(i).substring(0, ids.get(i).indexOf('#'));
            String productName = productNames.get(productIds.indexOf(product));
            assertEquals(productName + " (" + sizes.get(i) + ")", names.get(i));
        }
    }
}
