package org.onecsync.commerceml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import com.fasterxml.aalto.UncheckedStreamException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import org.onecsync.commerceml.internal.DocumentReader;
import org.onecsync.commerceml.internal.XmlInputs;
import org.onecsync.parse.ParseException;
import org.onecsync.spi.ExportParser;
import org.onecsync.spi.RecordHandler;

/**
 * Reads one CommerceML file with a StAX cursor, holding at most one entity in memory, and streams its records.
 *
 * <p>DTDs are refused and external entities are never resolved. Malformed, truncated or wrongly encoded files
 * fail with a {@link ParseException} naming file, line and column.
 */
public final class CommerceMlParser implements ExportParser {

    @Override
    public void parse(String fileName, InputStream in, RecordHandler handler) throws IOException {
        XmlInputs.Opened opened;
        try {
            opened = XmlInputs.open(in);
        } catch (IllegalArgumentException e) {
            throw new ParseException(fileName, 1, -1, e.getMessage(), e);
        } catch (XMLStreamException e) {
            // Failing before the first event means the XML declaration or the first bytes are wrong: line 1.
            ParseException failure = translate(fileName, e);
            throw failure.line() > 0 ? failure
                    : new ParseException(fileName, 1, -1, failure.problem(), e);
        }
        try {
            new DocumentReader(opened, fileName, handler).read();
        } catch (XMLStreamException e) {
            throw translate(fileName, e);
        } catch (UncheckedStreamException e) {
            // Aalto parses text lazily, so getText() reports a malformed tail through this unchecked wrapper.
            throw translate(fileName, (XMLStreamException) e.getCause());
        } finally {
            try {
                opened.reader().close();
            } catch (XMLStreamException ignored) {
                // Closing a StAX reader releases only its buffers; the stream belongs to the caller.
            }
        }
    }

    private static ParseException translate(String fileName, XMLStreamException e) {
        Location at = e.getLocation();
        long line = at == null ? -1 : at.getLineNumber();
        long column = at == null ? -1 : at.getColumnNumber();
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (cause instanceof CharacterCodingException) {
            String detail = cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")";
            return new ParseException(fileName, line, column,
                    "the bytes do not match the file's encoding" + detail, e);
        }
        return new ParseException(fileName, line, column, describe(e), e);
    }

    /** StAX messages carry their own location suffix and sometimes several lines; keep the first clause. */
    private static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int newline = message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline);
        }
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("end-of-input") || lower.contains("unexpected eof") || lower.contains("end of input")) {
            return "unexpected end of file: the file is truncated (" + message.trim() + ")";
        }
        return "malformed XML: " + message.trim();
    }
}
