package org.onecsync.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DocumentHeadTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private static DocumentHead head(String text, Charset charset) {
        return DocumentHead.of(text.getBytes(charset));
    }

    @Test
    void readsTheRootsDateInUtf8WithAByteOrderMark() {
        DocumentHead head = head("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<КоммерческаяИнформация"
                + " xmlns=\"urn:1C.ru:commerceml_210\" ВерсияСхемы=\"2.10\" ДатаФормирования=\"2020-04-07T12:08:44\">"
                + "<ПакетПредложений><Предложения>", StandardCharsets.UTF_8);

        assertEquals(new DocumentHead(true, 2, LocalDateTime.of(2020, 4, 7, 12, 8, 44), "2020-04-07T12:08:44"),
                head);
    }

    @Test
    void readsTheRootsDateInWindows1251WithSingleQuotesAndSpaces() {
        DocumentHead head = head("<?xml version=\"1.0\" encoding=\"windows-1251\"?>\r\n<КоммерческаяИнформация"
                + " ВерсияСхемы='2.04'\r\n  ДатаФормирования = '2008-01-09T18:13:34' ><Каталог><Товары>", WINDOWS_1251);

        assertEquals(new DocumentHead(true, 1, LocalDateTime.of(2008, 1, 9, 18, 13, 34), "2008-01-09T18:13:34"),
                head);
    }

    @Test
    void aDateOnlyOrWithAnOffsetIsReadAsWritten() {
        assertEquals(LocalDateTime.of(2024, 5, 7, 0, 0),
                head("<КоммерческаяИнформация ДатаФормирования=\"2024-05-07\">", StandardCharsets.UTF_8).formedAt());
        assertEquals(LocalDateTime.of(2024, 5, 7, 10, 0),
                head("<КоммерческаяИнформация ДатаФормирования=\"2024-05-07T10:00:00+03:00\">",
                        StandardCharsets.UTF_8).formedAt());
    }

    @Test
    void aDateOutsideTheRootTagIsNotTheDocumentsDate() {
        DocumentHead head = head("<КоммерческаяИнформация ВерсияСхемы=\"2.03\"><Документ ДатаФормирования="
                + "\"2007-10-30T18:13:34\">", StandardCharsets.UTF_8);

        assertEquals(new DocumentHead(true, 0, null, null), head);
    }

    @Test
    void aDateThatIsNotADateIsKeptForTheMessageOnly() {
        DocumentHead head = head("<КоммерческаяИнформация ДатаФормирования=\"вчера\">", WINDOWS_1251);

        assertEquals(new DocumentHead(true, 0, null, "вчера"), head);
        assertEquals(" (ДатаФормирования=\"вчера\")", head.unreadableDate());
    }

    @Test
    void aFileThatIsNotCommerceMlHasNoDateAndIsReadAfterEveryCommerceMlFile() {
        assertEquals(new DocumentHead(false, 3, null, null), head("sku;price\nA-1;10\n", StandardCharsets.UTF_8));
        assertEquals(new DocumentHead(false, 3, null, null), DocumentHead.of(new byte[0]));
    }
}
