package org.onecsync.commerceml.internal;

import java.util.Locale;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.onecsync.commerceml.XmlLimits;
import org.onecsync.parse.ParseException;

/**
 * A StAX cursor with the few moves the entity readers need. Every move that consumes an element leaves the
 * cursor on that element's end, so a reader's loop over {@link #nextChild()} stays at its own level.
 */
final class Cursor {

    private static final int RETAINED = 64 * 1024;

    private final XMLStreamReader reader;
    private final String fileName;
    private final InputBudget budget;
    private final int maxTextSize;
    private final int maxDepth;
    private int nesting;
    private StringBuilder text = new StringBuilder(256);

    Cursor(XmlInputs.Opened opened, String fileName, XmlLimits limits) {
        this.reader = opened.reader();
        this.budget = opened.budget();
        this.fileName = fileName;
        this.maxTextSize = limits.maxTextSize();
        this.maxDepth = limits.maxDepth();
    }

    String fileName() {
        return fileName;
    }

    XMLStreamReader reader() {
        return reader;
    }

    /**
     * Moves to the next event; every move of the parser goes through here. Each move gets a new
     * {@link InputBudget}, and each element's depth is held against the limit, which bounds what the parser
     * keeps per open element. Entity references other than XML's five and numeric ones reach here unreplaced
     * (DTDs are refused, so nothing can declare them) and make the file malformed.
     */
    int next() throws XMLStreamException {
        budget.renew();
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
            if (++nesting > maxDepth) {
                throw fail("elements nested deeper than " + maxDepth + " levels (the limit on nesting, to keep "
                        + "memory bounded)");
            }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            nesting--;
        } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw fail("undeclared entity &" + reader.getLocalName() + "; (XML itself knows only &amp; &lt; &gt; "
                    + "&quot; &apos; and numeric references such as &#160;): the file is malformed");
        }
        return event;
    }

    /**
     * Moves to the next child element of the current element.
     *
     * @return {@code true} on a child's start, {@code false} on the current element's end
     */
    boolean nextChild() throws XMLStreamException {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw fail("unexpected end of file: the file is truncated");
            }
        }
    }

    /** Reads one element; the cursor is on its start and must be left on its end. */
    interface Body {
        void read() throws XMLStreamException;
    }

    /** Reads each child of the current element named {@code childName} with {@code body}, skipping the others. */
    void each(String childName, Body body) throws XMLStreamException {
        while (nextChild()) {
            if (childName.equals(name())) {
                body.read();
            } else {
                skip();
            }
        }
    }

    /**
     * Reads a deletion mark element: {@code <ПометкаУдаления>true</…>} (2.09, 3.1) or {@code <Статус>Удален</…>}
     * (2.05).
     *
     * @return {@code true} if it marks the entity deleted
     */
    boolean deletionMark() throws XMLStreamException {
        boolean status = name().equals("Статус");
        String text = text();
        return status ? Values.deletedStatus(text) : Boolean.TRUE.equals(Values.bool(text));
    }

    /** Whether the current start element carries {@code Статус="Удален"} (2.07+). */
    boolean deletedByAttribute() {
        return Values.deletedStatus(attr("Статус"));
    }

    /** The current element's local name (namespaces are ignored: 1C uses several). */
    String name() {
        return reader.getLocalName();
    }

    /** An attribute of the current start element, matched by local name, or {@code null}. */
    String attr(String localName) {
        int count = reader.getAttributeCount();
        for (int i = 0; i < count; i++) {
            if (localName.equals(reader.getAttributeLocalName(i))) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Whether the current start element has attributes. */
    boolean hasAttributes() {
        return reader.getAttributeCount() > 0;
    }

    /**
     * The text of the current element, raw (not trimmed), ignoring any child elements; leaves the cursor on
     * the element's end.
     */
    String text() throws XMLStreamException {
        String element = reader.getLocalName();
        int event = next();
        if (event == XMLStreamConstants.END_ELEMENT) {
            return "";
        }
        if (event == XMLStreamConstants.CHARACTERS) {
            // The common case, one text event and then the end, straight from the parser's buffer.
            String first = new String(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
            int next = next();
            return next == XMLStreamConstants.END_ELEMENT ? first : mixedText(element, first, next);
        }
        return mixedText(element, null, event);
    }

    /** The slow path: several text events, CDATA, or child elements to ignore. */
    private String mixedText(String element, String first, int event) throws XMLStreamException {
        text.setLength(0);
        if (first != null) {
            text.append(first);
        }
        int depth = 0;
        while (true) {
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 0) {
                        append(element);
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) {
                        String result = text.toString();
                        if (text.capacity() > RETAINED) {
                            // One huge text should not pin its buffer for the rest of the file.
                            text = new StringBuilder(256);
                        }
                        return result;
                    }
                    depth--;
                }
                case XMLStreamConstants.END_DOCUMENT -> throw fail("unexpected end of file: the file is truncated");
                default -> {
                }
            }
            event = next();
        }
    }

    /** Appends the current text event; pieces split by comments or child elements are bounded together. */
    private void append(String element) {
        if ((long) text.length() + reader.getTextLength() > maxTextSize) {
            throw fail(String.format(Locale.ROOT, "the text of <%s> is longer than %,d characters (the limit on one "
                    + "text node, to keep memory bounded)", element, maxTextSize));
        }
        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
    }

    /** Skips the current element and everything in it. */
    void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw fail("unexpected end of file: the file is truncated");
            }
        }
    }

    /** The current line, for record locations. */
    long line() {
        Location location = reader.getLocation();
        return location == null ? -1 : location.getLineNumber();
    }

    /** A failure at the current position. */
    ParseException fail(String problem) {
        Location location = reader.getLocation();
        long line = location == null ? -1 : location.getLineNumber();
        long column = location == null ? -1 : location.getColumnNumber();
        return new ParseException(fileName, line, column, problem, null);
    }
}
