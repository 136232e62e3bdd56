package org.onecsync.http.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Builds an HTML document as text, escaping every value put in it: file names, messages and problems come from 1C's
 * files and from requests, and must show as text, never become markup.
 */
final class Html {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder(8192);

    /**
     * Escapes a text for an element's content or a quoted attribute value.
     *
     * @param text the text, or {@code null} (an empty string)
     * @return the text with {@code & < > " '} as character references
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (entity != null) {
                    escaped.append(entity);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /** Markup written as it is: only literals of this package, never a value. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** A value, escaped. */
    Html text(String value) {
        out.append(escape(value));
        return this;
    }

    /** A number. */
    Html number(long value) {
        out.append(value);
        return this;
    }

    /** An element holding one escaped value: {@code <tag class="css">value</tag>}, without a class when null. */
    Html element(String tag, String css, String value) {
        out.append('<').append(tag);
        if (css != null) {
            out.append(" class=\"").append(escape(css)).append('"');
        }
        out.append('>').append(escape(value)).append("</").append(tag).append('>');
        return this;
    }

    /** A table cell holding one escaped value. */
    Html cell(String value) {
        return element("td", null, value);
    }

    /** A table cell holding a number, right-aligned. */
    Html cell(long value) {
        out.append("<td class=\"n\">").append(value).append("</td>");
        return this;
    }

    /** A moment in UTC to the second, in a {@code <time>} element, or an em dash for none. */
    Html time(Instant at) {
        if (at == null) {
            return raw("—");
        }
        out.append("<time datetime=\"").append(at).append("\">").append(SHOWN.format(at)).append("</time>");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
