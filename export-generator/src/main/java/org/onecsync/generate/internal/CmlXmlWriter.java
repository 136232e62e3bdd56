package org.onecsync.generate.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A minimal streaming writer for one CommerceML 3.1 file, laid out exactly like 1C's "Обмен с сайтом":
 * a UTF-8 byte-order mark, the XML declaration, the {@code КоммерческаяИнформация} root, one element per
 * line indented with tabs, empty elements as {@code <Штрихкод/>}, and no newline after the closing root
 * tag. Text escapes {@code & < >} (so HTML in descriptions comes out as {@code &lt;br&gt;}); quotes in
 * text are written as they are, as 1C does. Nothing is kept in memory beyond the output buffer.
 */
public final class CmlXmlWriter implements Closeable {

    /** The root element's name. */
    public static final String ROOT = "КоммерческаяИнформация";
    /** The CommerceML 3 namespace. */
    public static final String NAMESPACE = "urn:1C.ru:commerceml_3";

    private static final int MAX_DEPTH = 32;
    private static final String[] INDENT = new String[MAX_DEPTH];

    static {
        StringBuilder indent = new StringBuilder("\n");
        for (int i = 0; i < MAX_DEPTH; i++) {
            INDENT[i] = indent.toString();
            indent.append('\t');
        }
    }

    private final Writer out;
    private int depth = 1;

    private CmlXmlWriter(Writer out) {
        this.out = out;
    }

    /**
     * Creates (or replaces) a file and writes everything up to the root's start tag.
     *
     * @param file the file to write
     * @param formedAt the {@code ДатаФормирования} attribute, e.g. {@code 2025-09-12T21:25:37}
     * @return the writer, positioned inside the root
     * @throws IOException if the file cannot be created
     */
    public static CmlXmlWriter create(Path file, String formedAt) throws IOException {
        Writer writer = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + ROOT + " xmlns=\"" + NAMESPACE
                + "\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ВерсияСхемы=\"3.1\""
                + " ДатаФормирования=\"" + formedAt + "\" Ид=\"Обмен с сайтом\">");
        return new CmlXmlWriter(writer);
    }

    /**
     * Opens an element on a new line.
     *
     * @param name the element name
     * @throws IOException if writing fails
     */
    public void start(String name) throws IOException {
        out.write(INDENT[depth++]);
        out.write('<');
        out.write(name);
        out.write('>');
    }

    /**
     * Opens an element with one attribute on a new line.
     *
     * @param name the element name
     * @param attribute the attribute name
     * @param value the attribute value (escaped)
     * @throws IOException if writing fails
     */
    public void start(String name, String attribute, String value) throws IOException {
        out.write(INDENT[depth++]);
        out.write('<');
        out.write(name);
        out.write(' ');
        out.write(attribute);
        out.write("=\"");
        escape(value, true);
        out.write("\">");
    }

    /**
     * Closes the innermost open element on a new line.
     *
     * @param name the element name
     * @throws IOException if writing fails
     */
    public void end(String name) throws IOException {
        out.write(INDENT[--depth]);
        out.write("</");
        out.write(name);
        out.write('>');
    }

    /**
     * Writes a text-only element on one line; {@code <name/>} when the text is null or empty.
     *
     * @param name the element name
     * @param text the text (escaped), or null
     * @throws IOException if writing fails
     */
    public void element(String name, String text) throws IOException {
        out.write(INDENT[depth]);
        out.write('<');
        out.write(name);
        if (text == null || text.isEmpty()) {
            out.write("/>");
            return;
        }
        out.write('>');
        escape(text, false);
        out.write("</");
        out.write(name);
        out.write('>');
    }

    /**
     * Writes an element holding two text elements, the shape of requisites, contacts, address fields and
     * characteristics: {@code <name><first>…</first><second>…</second></name>}.
     *
     * @param name the element name
     * @param firstName the first child's name
     * @param first the first child's text
     * @param secondName the second child's name
     * @param second the second child's text
     * @throws IOException if writing fails
     */
    public void pair(String name, String firstName, String first, String secondName, String second)
            throws IOException {
        start(name);
        element(firstName, first);
        element(secondName, second);
        end(name);
    }

    /**
     * Writes an empty element {@code <name/>} on its own line.
     *
     * @param name the element name
     * @throws IOException if writing fails
     */
    public void empty(String name) throws IOException {
        element(name, null);
    }

    /**
     * Closes the root (without a trailing newline, like 1C) and the file.
     *
     * @throws IOException if writing fails
     */
    @Override
    public void close() throws IOException {
        try (Writer writer = out) {
            writer.write("\n</" + ROOT + ">");
        }
    }

    private void escape(String text, boolean attribute) throws IOException {
        int length = text.length();
        int from = 0;
        for (int i = 0; i < length; i++) {
            String replacement;
            switch (text.charAt(i)) {
                case '&' -> replacement = "&amp;";
                case '<' -> replacement = "&lt;";
                case '>' -> replacement = "&gt;";
                case '"' -> replacement = attribute ? "&quot;" : null;
                default -> replacement = null;
            }
            if (replacement != null) {
                out.write(text, from, i - from);
                out.write(replacement);
                from = i + 1;
            }
        }
        out.write(text, from, length - from);
    }
}
