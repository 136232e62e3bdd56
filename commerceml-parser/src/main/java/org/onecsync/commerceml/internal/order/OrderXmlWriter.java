package org.onecsync.commerceml.internal.order;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.onecsync.model.Order;

/**
 * Writes an order document: the declaration and the root {@code КоммерческаяИнформация} through a StAX writer,
 * each order marshalled by JAXB as a fragment into it, one at a time, so that memory does not grow with the
 * number of orders: the bytes pass on to the caller's stream as the writer's buffer fills.
 */
public final class OrderXmlWriter {

    private static final String ROOT = "КоммерческаяИнформация";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final OrderShape shape;
    private final Charset charset;
    private final boolean byteOrderMark;

    /**
     * A writer.
     *
     * @param shape the version's shape
     * @param charset the encoding of the bytes
     * @param byteOrderMark whether the bytes start with a UTF-8 byte-order mark
     */
    public OrderXmlWriter(OrderShape shape, Charset charset, boolean byteOrderMark) {
        this.shape = shape;
        this.charset = charset;
        this.byteOrderMark = byteOrderMark;
    }

    /**
     * Writes the document. All bytes have reached {@code out} on return; {@code out} is neither flushed nor
     * closed (flushing a servlet stream would commit the reply without a {@code Content-Length}, and 1C 8.x
     * speaks HTTP/1.0).
     *
     * @param orders the orders, read one at a time
     * @param out where the bytes go
     * @param generatedAt {@code ДатаФормирования}
     * @throws IOException if writing fails
     */
    public void write(Iterable<Order> orders, OutputStream target, LocalDateTime generatedAt) throws IOException {
        OrderMapping mapping = new OrderMapping(shape);
        write(target, generatedAt, (marshaller, xml) -> {
            for (Order order : orders) {
                DocumentXml document = mapping.document(order);
                if (shape.containers()) {
                    DocumentXml.ContainerXml container = new DocumentXml.ContainerXml();
                    container.documents = List.of(document);
                    marshaller.marshal(container, xml);
                } else {
                    marshaller.marshal(document, xml);
                }
            }
        });
    }

    /**
     * Writes a reference document (the reply to {@code info}), as {@link #write(Iterable, OutputStream,
     * LocalDateTime)} writes orders.
     *
     * @param reference the {@code Справочник}
     * @param target where the bytes go
     * @param generatedAt {@code ДатаФормирования}
     * @throws IOException if writing fails
     */
    public void write(ReferenceXml reference, OutputStream target, LocalDateTime generatedAt) throws IOException {
        write(target, generatedAt, (marshaller, xml) -> marshaller.marshal(reference, xml));
    }

    /** What goes inside the root, marshalled as fragments. */
    @FunctionalInterface
    private interface Body {
        void write(Marshaller marshaller, XMLStreamWriter xml) throws JAXBException;
    }

    private void write(OutputStream target, LocalDateTime generatedAt, Body body) throws IOException {
        OutputStream out = new NoFlush(target);
        if (byteOrderMark) {
            out.write(UTF8_BOM);
        }
        try {
            // The JDK's own StAX writer: it writes any charset Java has and escapes characters the charset lacks
            // as character references (the service-loaded Aalto may not).
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, charset.name());
            xml.writeStartDocument(charset.name(), "1.0");
            xml.writeStartElement(ROOT);
            xml.writeAttribute("ВерсияСхемы", shape.schemaVersion());
            xml.writeAttribute("ДатаФормирования", OrderMapping.DATE_TIME.format(generatedAt));
            Marshaller marshaller = Context.INSTANCE.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            body.write(marshaller, xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException | JAXBException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot write the document: " + e.getMessage(), e);
        }
    }

    /**
     * Passes bytes through but not {@code flush()}: the StAX writer flushes its own buffer into the stream (so it
     * holds at most a buffer's worth, however many orders), and the caller's stream is the caller's to flush.
     */
    private static final class NoFlush extends FilterOutputStream {
        NoFlush(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** The JAXB context is costly to build and thread-safe: one for the process, built on first use. */
    private static final class Context {
        static final JAXBContext INSTANCE = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(DocumentXml.class, DocumentXml.ContainerXml.class,
                        PartyXml.AddressXml.class, ReferenceXml.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("the order document model is not valid JAXB", e);
            }
        }
    }
}
