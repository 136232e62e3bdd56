package org.onecsync.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTheFiveCharactersThatCanEndATextOrAnAttribute() {
        assertEquals("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;q&#39;",
                Html.escape("<img src=x onerror=\"alert(1)\"> & 'q'"));
    }

    @Test
    void leavesOtherTextAsItIsAndTheSameInstanceWhenNothingNeedsEscaping() {
        String cyrillic = "Дрель ударная №5, 100% «хит»";
        assertSame(cyrillic, Html.escape(cyrillic));
        assertEquals("", Html.escape(null));
        assertEquals("a&amp;&amp;b", Html.escape("a&&b"));
        assertEquals("&lt;", Html.escape("<"));
        assertEquals("x&gt;", Html.escape("x>"));
    }

    @Test
    void escapesValuesButNotTheMarkupAroundThem() {
        String html = new Html().element("td", "a\"b", "</td><script>").cell(7).cell("<b>").toString();
        assertEquals("<td class=\"a&quot;b\">&lt;/td&gt;&lt;script&gt;</td><td class=\"n\">7</td><td>&lt;b&gt;</td>",
                html);
    }

    @Test
    void showsATimeInUtcToTheSecondAndADashForNone() {
        assertEquals("<time datetime=\"2026-01-30T12:00:05.250Z\">2026-01-30 12:00:05 UTC</time>—",
                new Html().time(Instant.parse("2026-01-30T12:00:05.250Z")).time(null).toString());
    }
}
