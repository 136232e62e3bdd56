package org.onecsync.commerceml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ExportSummary;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;

/** Roles come from content, so every file layout 1C and Bitrix write reads alike, whatever the names. */
class LayoutsTest {

    private static final String HEAD = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<КоммерческаяИнформация xmlns=\"urn:1C.ru:commerceml_3\" ВерсияСхемы=\"3.1\">";
    private static final String TAIL = "</КоммерческаяИнформация>";

    @TempDir
    Path export;

    private void write(String path, String body) throws IOException {
        Path file = export.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, HEAD + body + TAIL);
    }

    private Map<String, String> roles() throws IOException {
        Map<String, String> roles = new LinkedHashMap<>();
        try (ExportSource source = ExportSources.open(export)) {
            ExportSummary summary = ExportSummary.read(source, new ExportReader(ParserRegistry.load()));
            summary.files().forEach(f -> roles.put(f.path(), f.summary().role().jsonName()));
            summary.skipped().forEach(f -> roles.put(f.path(), "skipped: " + f.skipReason()));
        }
        return roles;
    }

    @Test
    void readsTheBitrixModule31FolderLayoutByContent() throws IOException {
        write("import___a1.xml", "<Классификатор><Ид>k</Ид><Группы><Группа><Ид>g</Ид><Наименование>G</Наименование>"
                + "</Группа></Группы><ТипыЦен><ТипЦены><Ид>Отпускная цена</Ид><Наименование>Отпускная цена</Наименование>"
                + "</ТипЦены></ТипыЦен><Склады><Склад><Ид>s</Ид><Наименование>S</Наименование></Склад></Склады>"
                + "</Классификатор>");
        write("properties/1/properties___b2.xml", "<Классификатор><Свойства><Свойство><Ид>CML2_ACTIVE</Ид>"
                + "<Наименование>Активность</Наименование></Свойство></Свойства></Классификатор>");
        write("goods/1/import___c3.xml", "<Каталог СодержитТолькоИзменения=\"false\"><Товары><Товар><Ид>p</Ид>"
                + "<Наименование>P</Наименование></Товар></Товары></Каталог>");
        write("goods/1/offers___d4.xml", "<ПакетПредложений><Предложения><Предложение><Ид>p#v</Ид>"
                + "<Наименование>P v</Наименование></Предложение></Предложения></ПакетПредложений>");
        write("goods/1/prices___e5.xml", "<ПакетПредложений><Предложения><Предложение><Ид>p#v</Ид><Цены><Цена>"
                + "<ИдТипаЦены>Отпускная цена</ИдТипаЦены><ЦенаЗаЕдиницу>10</ЦенаЗаЕдиницу></Цена></Цены>"
                + "</Предложение></Предложения></ПакетПредложений>");
        write("goods/1/rests___f6.xml", "<ПакетПредложений><Предложения><Предложение><Ид>p#v</Ид><Остатки><Остаток>"
                + "<Склад><Ид>s</Ид><Количество>3</Количество></Склад></Остаток></Остатки></Предложение>"
                + "</Предложения></ПакетПредложений>");
        write("documents___g7.xml", "<Контейнер><Документ><Ид>o1</Ид><Номер>1</Номер></Документ></Контейнер>");
        Path image = Files.createDirectories(export.resolve("goods/1/import_files")).resolve("p.jpg");
        Files.write(image, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("documents___g7.xml", "orders");
        expected.put("goods/1/import___c3.xml", "catalog");
        expected.put("goods/1/import_files/p.jpg", "skipped: a JPEG image");
        expected.put("goods/1/offers___d4.xml", "offers");
        expected.put("goods/1/prices___e5.xml", "prices");
        expected.put("goods/1/rests___f6.xml", "stock");
        expected.put("import___a1.xml", "classifier");
        expected.put("properties/1/properties___b2.xml", "classifier");
        assertEquals(expected, roles());
    }

    @Test
    void readsAClassicExportWhateverItsFilesAreCalled() throws IOException {
        write("a.xml", "<ПакетПредложений><ТипыЦен><ТипЦены><Ид>t</Ид></ТипЦены></ТипыЦен><Предложения><Предложение>"
                + "<Ид>p</Ид><Наименование>P</Наименование><Количество>4</Количество></Предложение></Предложения>"
                + "</ПакетПредложений>");
        write("b.xml", "<Классификатор><Группы><Группа><Ид>g</Ид></Группа></Группы></Классификатор>"
                + "<Каталог><Товары><Товар><Ид>p</Ид></Товар></Товары></Каталог>");
        assertEquals(Map.of("a.xml", "offers", "b.xml", "catalog"), roles());
    }
}
