package org.onecsync.commerceml.internal;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.onecsync.commerceml.XmlLimits;
import org.onecsync.parse.ParseException;
import org.onecsync.spi.RecordHandler;

/**
 * The reader's entry points for the public classes of {@code org.onecsync.commerceml}: recognising a
 * CommerceML file and reading one.
 */
public final class CommerceMlReader {

    private CommerceMlReader() {
    }

    /**
     * Whether a file's first bytes look like CommerceML.
     *
     * @param head the first bytes
     * @param length how many are valid
     * @return {@code true} if its root element is {@code КоммерческаяИнформация}
     */
    public static boolean recognizes(byte[] head, int length) {
        return XmlHead.isCommerceMl(head, length);
    }

    /**
     * Reads one file.
     *
     * @param fileName the file's path within the export, for locations
     * @param in its bytes; not closed
     * @param handler receives what it holds
     * @param limits how big and deep its constructs may be
     * @throws ParseException if the file is malformed, truncated, wrongly encoded, refused or beyond the limits
     * @throws IOException if reading fails
     */
    public static void parse(String fileName, InputStream in, RecordHandler handler, XmlLimits limits)
            throws IOException {
        XMLStreamReader reader = null;
        try {
            XmlInputs.Opened opened = XmlInputs.open(in, new InputBudget(limits.maxTextSize()));
            reader = opened.reader();
            new DocumentReader(opened, fileName, handler, limits).read();
        } catch (XMLStreamException e) {
            throw ParseFailures.translate(fileName, e, reader);
        } catch (IOException e) {
            ParseException located = ParseFailures.translate(fileName, e, reader);
            if (located != null) {
                throw located;
            }
            throw e;
        } catch (RuntimeException e) {
            ParseException located = ParseFailures.translate(fileName, e, reader);
            throw located != null ? located : e;
        } finally {
            close(reader);
        }
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // Closing a StAX reader releases only its buffers; the stream belongs to the caller.
        }
    }
}
