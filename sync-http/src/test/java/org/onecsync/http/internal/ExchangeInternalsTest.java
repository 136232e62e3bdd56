package org.onecsync.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written parsers and checks the exchange relies on. */
class ExchangeInternalsTest {

    @TempDir
    Path dir;

    @Test
    void theQueryStringIsDecodedByHandFirstValueWinning() {
        assertEquals(Map.of("type", "catalog", "mode", "file", "filename", "goods/1/import___a b.xml"),
                QueryString.parse("type=catalog&mode=file&filename=goods%2F1%2Fimport___a+b.xml&mode=import"));
        assertEquals(Map.of("filename", "товары.xml"), QueryString.parse("filename=%D1%82%D0%BE%D0%B2%D0%B0%D1%80%D1%8B.xml"));
        assertEquals(Map.of(), QueryString.parse(null));
        assertThrows(IllegalArgumentException.class, () -> QueryString.parse("filename=%zz"));
        assertThrows(IllegalArgumentException.class, () -> QueryString.parse("filename=%"));
        assertThrows(IllegalArgumentException.class, () -> QueryString.parse("filename=%ff%fe"));
    }

    @Test
    void uploadNamesKeepFoldersAndRefuseEscapes() {
        assertEquals("import_files/ab/x.jpg", UploadNames.check("import_files/ab/x.jpg"));
        assertEquals("v8_1A76_155ae.zip", UploadNames.check("v8_1A76_155ae.zip"));
        for (String bad : new String[] {"", "/etc/passwd", "../x", "a/../../x", "a\\b", "C:x", "c:/x", "a\0b",
            "a//b", "./a", "a/.", ".."}) {
            assertThrows(IllegalArgumentException.class, () -> UploadNames.check(bad), bad);
        }
    }

    @Test
    void basicCredentialsAreReadInUtf8OrWindows1251() {
        BasicAuth utf8 = BasicAuth.parse("Basic " + Base64.getEncoder()
                .encodeToString("обмен:па:роль".getBytes(StandardCharsets.UTF_8)));
        assertEquals("обмен", utf8.user());
        assertEquals("па:роль", utf8.password());
        BasicAuth cp1251 = BasicAuth.parse("basic " + Base64.getEncoder()
                .encodeToString("обмен:пароль".getBytes(Charset.forName("windows-1251"))));
        assertEquals("пароль", cp1251.password());
        assertNull(BasicAuth.parse("Bearer x"));
        assertNull(BasicAuth.parse("Basic !!!"));
        assertFalse(utf8.toString().contains("роль"));
    }

    @Test
    void aFullPackageIsToldInUtf8AndWindows1251AsAttributeOrElement() throws Exception {
        Path attribute = dir.resolve("a.xml");
        Files.writeString(attribute, "<?xml version=\"1.0\"?><Каталог СодержитТолькоИзменения=\"false\">");
        Path element = dir.resolve("e.xml");
        Files.write(element, ("<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<Каталог>\n"
                + "<СодержитТолькоИзменения>false</СодержитТолькоИзменения>").getBytes(Charset.forName("windows-1251")));
        Path changes = dir.resolve("c.xml");
        Files.writeString(changes, "<Каталог СодержитТолькоИзменения=\"true\"><СодержитТолькоИзменения>true"
                + "</СодержитТолькоИзменения>");
        Path late = dir.resolve("late.xml");
        Files.writeString(late, "<x>" + "a".repeat(200_000) + "</x><Каталог СодержитТолькоИзменения=\"false\">");
        assertTrue(FullScope.announced(attribute));
        assertTrue(FullScope.announced(element));
        assertFalse(FullScope.announced(changes));
        assertTrue(FullScope.announced(late));
    }

    @Test
    void theFullPackageScanEndsAtTheFirstProductOrOffer() throws Exception {
        Path afterProducts = dir.resolve("goods.xml");
        Files.writeString(afterProducts, "<Каталог><Товары><Товар><Ид>1</Ид></Товар></Товары></Каталог>"
                + "<Каталог СодержитТолькоИзменения=\"false\">");
        Path afterOffers = dir.resolve("offers.xml");
        Files.write(afterOffers, ("<ПакетПредложений><Предложения><Предложение/></Предложения>"
                + "<ПакетПредложений СодержитТолькоИзменения=\"false\">").getBytes(Charset.forName("windows-1251")));
        Path classifierFirst = dir.resolve("import.xml");
        Files.writeString(classifierFirst, "<Классификатор СодержитТолькоИзменения=\"true\"><Группы><Группа/>"
                + "</Группы></Классификатор><Каталог СодержитТолькоИзменения=\"false\"><Товары><Товар/>");
        assertFalse(FullScope.announced(afterProducts));
        assertFalse(FullScope.announced(afterOffers));
        assertTrue(FullScope.announced(classifierFirst));
    }
}
