package org.onecsync.commerceml.internal;

import com.fasterxml.aalto.UncheckedStreamException;
import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.onecsync.parse.ParseException;

/**
 * The one place where whatever the XML stack throws about a file becomes a {@link ParseException} naming the
 * file, line and column: the size limit's and the head check's refusals, decoding errors, StAX exceptions
 * (checked, or wrapped unchecked by Aalto's lazy text reading) and the unchecked exceptions Aalto throws on
 * input it cannot handle.
 */
final class ParseFailures {

    private static final Pattern ATTRIBUTE_ENTITY =
            Pattern.compile("Unexpanded ENTITY_REFERENCE \\((.*?)\\) in attribute value");
    private static final int MAX_CAUSES = 16;

    private ParseFailures() {
    }

    /**
     * Translates a failure.
     *
     * @param fileName the file, for the message
     * @param failure what was thrown
     * @param reader the cursor, or {@code null} if it was never opened: its position is where a construct that
     *        is too long starts
     * @return the located failure, or {@code null} if {@code failure} is not about the file's content (an I/O
     *         error, a bug) and must travel on unchanged
     */
    static ParseException translate(String fileName, Throwable failure, XMLStreamReader reader) {
        Throwable t = failure;
        for (int i = 0; t != null && i < MAX_CAUSES; i++) {
            if (t instanceof ParseException known) {
                return known;
            }
            if (t instanceof InputBudget.Refusal refusal) {
                return refusal.line() > 0
                        ? new ParseException(fileName, refusal.line(), refusal.column(), refusal.getMessage(), failure)
                        : at(fileName, reader, refusal.getMessage(), failure);
            }
            if (t instanceof DecodingReader.Malformed malformed) {
                return new ParseException(fileName, malformed.line(), malformed.column(), malformed.getMessage(),
                        failure);
            }
            if (t instanceof CharacterCodingException || t instanceof CharConversionException) {
                String detail = t.getMessage() == null ? "" : " (" + t.getMessage() + ")";
                return at(fileName, reader, "the bytes do not match the file's encoding" + detail, failure);
            }
            t = t instanceof XMLStreamException x && x.getNestedException() != null ? x.getNestedException()
                    : t.getCause();
        }
        if (failure instanceof XMLStreamException stax) {
            return fromStax(fileName, stax, reader);
        }
        if (failure instanceof UncheckedStreamException wrapper
                && wrapper.getCause() instanceof XMLStreamException stax) {
            return fromStax(fileName, stax, reader);
        }
        if ((failure instanceof IllegalStateException || failure instanceof IllegalArgumentException)
                && thrownByParser(failure)) {
            return at(fileName, reader, "malformed XML: " + firstLine(failure), failure);
        }
        return null;
    }

    /** A failure at the parser's position: the start of the event it was reading, or line 1 before the first. */
    private static ParseException at(String fileName, XMLStreamReader reader, String problem, Throwable cause) {
        Location at = reader == null ? null : reader.getLocation();
        return at == null ? new ParseException(fileName, 1, -1, problem, cause)
                : new ParseException(fileName, line(at), column(at), problem, cause);
    }

    private static ParseException fromStax(String fileName, XMLStreamException e, XMLStreamReader reader) {
        Location at = e.getLocation() != null ? e.getLocation() : reader == null ? null : reader.getLocation();
        // Failing before the cursor exists means the XML declaration or the first bytes are wrong: line 1.
        long line = line(at) > 0 ? line(at) : reader == null ? 1 : -1;
        return new ParseException(fileName, line, column(at), describe(e), e);
    }

    private static boolean thrownByParser(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("com.fasterxml.aalto.");
    }

    private static long line(Location at) {
        return at == null ? -1 : at.getLineNumber();
    }

    private static long column(Location at) {
        return at == null ? -1 : at.getColumnNumber();
    }

    /** StAX messages carry their own location suffix and sometimes several lines; keep the first clause. */
    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return (newline > 0 ? message.substring(0, newline) : message).trim();
    }

    private static String describe(XMLStreamException e) {
        String message = firstLine(e);
        Matcher entity = ATTRIBUTE_ENTITY.matcher(message);
        if (entity.find()) {
            return "undeclared entity &" + entity.group(1) + "; in an attribute value (XML itself knows only "
                    + "&amp; &lt; &gt; &quot; &apos; and numeric references such as &#160;): the file is malformed";
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.startsWith("invalid utf-8")) {
            return "the bytes here are not UTF-8, the encoding the file declares (" + message + ")";
        }
        if (lower.contains("end-of-input") || lower.contains("unexpected eof") || lower.contains("end of input")) {
            return "unexpected end of file: the file is truncated (" + message + ")";
        }
        return "malformed XML: " + message;
    }
}
