package org.onecsync.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.spi.FileHints;

/** The provider: its name, how it is found, and which files it claims. */
class JsonParserProviderTest {

    private final JsonParserProvider provider = new JsonParserProvider();

    private boolean content(String head) {
        byte[] bytes = head.getBytes(StandardCharsets.UTF_8);
        return provider.recognizes(bytes, bytes.length);
    }

    private boolean hinted(String head, String name, String mediaType) {
        byte[] bytes = head.getBytes(StandardCharsets.UTF_8);
        return provider.recognizes(bytes, bytes.length, new FileHints(name, mediaType));
    }

    @Test
    void isNamedJsonAndFoundByTheServiceLoader() {
        assertEquals("json", provider.name());
        assertInstanceOf(JsonParserProvider.class, ParserRegistry.load().named("json"));
    }

    @Test
    void recognizesAnObjectAfterABomAndWhitespace() {
        assertTrue(content("{\"products\":[]}"));
        assertTrue(content(" \r\n\t{"));
        assertTrue(content("\uFEFF{\"products\":[]}"));
        assertTrue(content("\uFEFF\n  {"));
    }

    @Test
    void doesNotRecognizeOtherContentByItself() {
        assertFalse(content("[{\"sku\":\"A\"}]"));
        assertFalse(content("<?xml version=\"1.0\"?><КоммерческаяИнформация/>"));
        assertFalse(content("sku;name;price\n"));
        assertFalse(content(""));
        assertFalse(content("   \n"));
        assertFalse(provider.recognizes(new byte[] {'{'}, 0));
    }

    @Test
    void claimsAJsonNameOrMediaTypeWhateverItHolds() {
        assertTrue(hinted("{\"products\":[]}", "feed.csv", null));
        assertTrue(hinted("\u0089PNG junk", "feed.json", null));
        assertTrue(hinted("", "push/FEED.JSON", null));
        assertTrue(hinted("[1,2", "upload", "application/json; charset=utf-8"));
        assertTrue(hinted("sku;name", "upload", "text/json"));
        assertFalse(hinted("sku;name", "feed.csv", "text/csv"));
        assertFalse(hinted("sku;name", null, null));
    }

    @Test
    void neverClaimsXmlWhateverItsName() {
        assertFalse(hinted("<?xml version=\"1.0\"?>", "import.json", null));
        assertFalse(hinted("\uFEFF <КоммерческаяИнформация>", "upload", "application/json"));
    }

    @Test
    void aFileOfAnotherFormatIsLeftToOtherParsers() throws Exception {
        byte[] csv = "sku;name;price\nA;N;1\n".getBytes(StandardCharsets.UTF_8);

        Recorder r = Recorder.read(Recorder.file("feed.csv", null, () -> new ByteArrayInputStream(csv)));

        assertFalse(r.outcome.parsed());
        assertEquals(List.of(), r.events);
    }

    @Test
    void aJsonFileIsReadAsJson() throws Exception {
        Recorder r = Recorder.read("{\"products\":[]}");

        assertEquals("json", r.outcome.format());
        assertNull(r.outcome.skipReason());
        assertEquals(List.of("document feed.json json null UTF-8", "scope@1 products complete=false"), r.events);
    }
}
