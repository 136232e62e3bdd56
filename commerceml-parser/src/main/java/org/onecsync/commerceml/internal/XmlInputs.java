package org.onecsync.commerceml.internal;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.onecsync.commerceml.OrderDocumentWriter;

/**
 * Opens StAX cursors over exchange files: Aalto (the fastest StAX parser we measured), with DTD support and
 * external entities off, the encoding chosen the way 1C files need (see {@link XmlHead}), and the input charged
 * to an {@link InputBudget} on its way in. Public only for the parse benchmark, which walks the same cursor.
 */
public final class XmlInputs {

    private static final XMLInputFactory FACTORY = secureFactory();
    private static final int HEAD = 1024;

    private XmlInputs() {
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // Unreplaced, an undeclared entity in text arrives as an event the cursor refuses by name.
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entities are refused (" + systemId + ")");
        });
        return factory;
    }

    /** A cursor over a file, the encoding it is read with, and the budget its input is charged to. */
    public static final class Opened {

        private final XMLStreamReader reader;
        private final String encoding;
        private final InputBudget budget;

        private Opened(XMLStreamReader reader, String encoding, InputBudget budget) {
            this.reader = reader;
            this.encoding = encoding;
            this.budget = budget;
        }

        /** The cursor; closing it leaves the stream open. */
        public XMLStreamReader reader() {
            return reader;
        }

        /** The encoding the file is read with. */
        public String encoding() {
            return encoding;
        }

        InputBudget budget() {
            return budget;
        }
    }

    /**
     * Opens a cursor over a file's bytes for a plain walk of its events, as the parse benchmark does: without
     * the {@link org.onecsync.commerceml.XmlLimits}, which the reader enforces as it moves the cursor.
     *
     * @param in the bytes; not closed by the cursor
     * @return the cursor and the encoding chosen
     * @throws IOException if reading fails, the declaration names an unknown encoding, or a file that declares
     *         UTF-8 starts with bytes that are not
     * @throws XMLStreamException if the XML cannot be started
     */
    public static Opened open(InputStream in) throws IOException, XMLStreamException {
        return open(in, InputBudget.unlimited());
    }

    /** Opens a cursor whose input is charged to {@code budget}. */
    static Opened open(InputStream in, InputBudget budget) throws IOException, XMLStreamException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 64 * 1024);
        buffered.mark(HEAD);
        byte[] head = buffered.readNBytes(HEAD);
        buffered.reset();
        XmlHead xml;
        try {
            xml = XmlHead.of(head, head.length);
        } catch (IllegalArgumentException e) {
            throw new InputBudget.Refusal(1, -1, e.getMessage());
        }
        buffered.skipNBytes(xml.bomLength());
        if (xml.charset() == null) {
            DecodingReader reader = DecodingReader.utf8OrWindows1251(buffered);
            return new Opened(FACTORY.createXMLStreamReader(new Guarded.Chars(reader, budget)),
                    "UTF-8 or windows-1251 (undeclared)", budget);
        }
        boolean declaredAgrees = xml.declared() == null || xml.declared().equalsIgnoreCase("UTF-8")
                || xml.declared().equalsIgnoreCase("UTF8");
        if (xml.charset() == StandardCharsets.UTF_8 && declaredAgrees) {
            checkUtf8(head, xml.bomLength());
            // Aalto's own UTF-8 decoding is its fast path.
            return new Opened(FACTORY.createXMLStreamReader(new Guarded.Bytes(buffered, budget)), "UTF-8", budget);
        }
        DecodingReader reader = DecodingReader.of(buffered, xml.charset());
        return new Opened(FACTORY.createXMLStreamReader(new Guarded.Chars(reader, budget)), xml.charset().name(),
                budget);
    }

    /**
     * Refuses a file that declares UTF-8 but starts with bytes that are not, naming the encoding it seems to be
     * in. The root element of a CommerceML file is Cyrillic and near the start, so a windows-1251 file that
     * claims UTF-8 is caught here; later bad bytes are left to the parser.
     */
    private static void checkUtf8(byte[] head, int from) throws InputBudget.Refusal {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(head, from, head.length - from);
        // A character cut by the end of the head is an underflow, not an error.
        CoderResult result = decoder.decode(bytes, CharBuffer.allocate(head.length), false);
        if (!result.isError()) {
            return;
        }
        int at = bytes.position();
        long line = 1;
        int lineStart = from;
        for (int i = from; i < at; i++) {
            if (head[i] == '\n' || head[i] == '\r' && (i + 1 >= at || head[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        StringBuilder shown = new StringBuilder();
        for (int i = at; i < Math.min(at + 2, head.length); i++) {
            shown.append(i == at ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", head[i] & 0xFF));
        }
        boolean windows1251 = XmlHead.isCommerceMlIn(head, from, OrderDocumentWriter.WINDOWS_1251);
        throw new InputBudget.Refusal(line, at - lineStart + 1, "the bytes here (" + shown + ") are not UTF-8, the "
                + "encoding the file declares" + (windows1251 ? ": it looks like windows-1251; fix its XML "
                + "declaration to encoding=\"windows-1251\" or export it again as UTF-8" : ""));
    }
}
