package org.onecsync.generate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CmlXmlWriterTest {

    @TempDir
    Path temp;

    @Test
    void writesBomRootTabsEmptyElementsAndEscapes() throws IOException {
        Path file = temp.resolve("a.xml");
        try (CmlXmlWriter w = CmlXmlWriter.create(file, "2025-01-02T03:04:05")) {
            w.start("Каталог", "Атрибут", "a\"b<c");
            w.element("Описание", "Текст<br>\"в кавычках\" & ещё");
            w.empty("Штрихкод");
            w.element("Артикул", null);
            w.end("Каталог");
        }

        assertEquals("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<КоммерческаяИнформация xmlns=\"urn:1C.ru:commerceml_3\""
                + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ВерсияСхемы=\"3.1\""
                + " ДатаФормирования=\"2025-01-02T03:04:05\" Ид=\"Обмен с сайтом\">\n"
                + "\t<Каталог Атрибут=\"a&quot;b&lt;c\">\n"
                + "\t\t<Описание>Текст&lt;br&gt;\"в кавычках\" &amp; ещё</Описание>\n"
                + "\t\t<Штрихкод/>\n"
                + "\t\t<Артикул/>\n"
                + "\t</Каталог>\n"
                + "</КоммерческаяИнформация>", Files.readString(file, StandardCharsets.UTF_8));
    }
}
