package org.onecsync.commerceml.internal;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Opens StAX cursors over exchange files: Aalto (the fastest StAX parser we measured), with DTD support and
 * external entities off, and with the encoding chosen the way 1C files need (see {@link XmlHead}).
 */
public final class XmlInputs {

    private static final XMLInputFactory FACTORY = secureFactory();

    private XmlInputs() {
    }

    /**
     * A StAX factory with DTDs and external entities disabled. A DOCTYPE is still reported as an event, so the
     * reader can refuse it before any entity is used.
     *
     * @return the factory
     */
    public static XMLInputFactory secureFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entities are refused (" + systemId + ")");
        });
        return factory;
    }

    /** A cursor over a stream and the encoding it is read with. */
    public record Opened(XMLStreamReader reader, String encoding) {
    }

    /**
     * Opens a cursor over a file's bytes.
     *
     * @param in the bytes; not closed by the cursor
     * @return the cursor and the encoding chosen
     * @throws IOException if reading the head fails
     * @throws XMLStreamException if the XML cannot be started
     * @throws IllegalArgumentException if the declaration names an unknown encoding
     */
    public static Opened open(InputStream in) throws IOException, XMLStreamException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 64 * 1024);
        buffered.mark(1024);
        byte[] head = buffered.readNBytes(1024);
        buffered.reset();
        XmlHead xml = XmlHead.of(head, head.length);
        if (xml.charset() == null) {
            Utf8OrWindows1251Reader reader = new Utf8OrWindows1251Reader(buffered);
            return new Opened(FACTORY.createXMLStreamReader(reader), "UTF-8 or windows-1251 (undeclared)");
        }
        boolean declaredAgrees = xml.declared() == null || xml.declared().equalsIgnoreCase("UTF-8")
                || xml.declared().equalsIgnoreCase("UTF8");
        if (xml.charset() == StandardCharsets.UTF_8 && declaredAgrees) {
            // Aalto's own UTF-8 decoding is its fast path; it skips the BOM itself.
            return new Opened(FACTORY.createXMLStreamReader(buffered), "UTF-8");
        }
        buffered.skipNBytes(xml.bomLength());
        Reader reader = new InputStreamReader(buffered, xml.charset().newDecoder());
        return new Opened(FACTORY.createXMLStreamReader(reader), xml.charset().name());
    }
}
