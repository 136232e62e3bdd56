package org.onecsync.commerceml.internal;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.onecsync.parse.ParseException;

/**
 * A StAX cursor with the few moves the entity readers need. Every move that consumes an element leaves the
 * cursor on that element's end, so a reader's loop over {@link #nextChild()} stays at its own level.
 */
final class Cursor {

    private final XMLStreamReader reader;
    private final String fileName;
    private final StringBuilder text = new StringBuilder(256);

    Cursor(XMLStreamReader reader, String fileName) {
        this.reader = reader;
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }

    XMLStreamReader reader() {
        return reader;
    }

    /**
     * Moves to the next child element of the current element.
     *
     * @return {@code true} on a child's start, {@code false} on the current element's end
     */
    boolean nextChild() throws XMLStreamException {
        while (true) {
            int event = reader.next();
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
        int event = reader.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
            return "";
        }
        if (event == XMLStreamConstants.CHARACTERS) {
            // The common case, one text event and then the end, straight from the parser's buffer.
            String first = new String(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
            int next = reader.next();
            return next == XMLStreamConstants.END_ELEMENT ? first : mixedText(first, next);
        }
        return mixedText(null, event);
    }

    /** The slow path: several text events, CDATA, entities, or child elements to ignore. */
    private String mixedText(String first, int event) throws XMLStreamException {
        text.setLength(0);
        if (first != null) {
            text.append(first);
        }
        int depth = 0;
        while (true) {
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> {
                    if (depth == 0) {
                        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) {
                        return text.toString();
                    }
                    depth--;
                }
                case XMLStreamConstants.END_DOCUMENT -> throw fail("unexpected end of file: the file is truncated");
                default -> {
                }
            }
            event = reader.next();
        }
    }

    /** Skips the current element and everything in it. */
    void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
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
