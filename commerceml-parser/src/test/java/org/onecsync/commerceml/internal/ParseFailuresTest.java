package org.onecsync.commerceml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.aalto.UncheckedStreamException;
import com.fasterxml.aalto.WFCException;
import com.fasterxml.aalto.impl.IoStreamException;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import javax.xml.stream.Location;
import org.junit.jupiter.api.Test;
import org.onecsync.parse.ParseException;

/** Every exception the XML stack throws about a file's content becomes one located ParseException; bugs do not. */
class ParseFailuresTest {

    private static final Location AT_3_14 = new Location() {
        @Override
        public int getLineNumber() {
            return 3;
        }

        @Override
        public int getColumnNumber() {
            return 14;
        }

        @Override
        public int getCharacterOffset() {
            return -1;
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return null;
        }
    };

    private static ParseException translate(Throwable failure) {
        return ParseFailures.translate("f.xml", failure, null);
    }

    @Test
    void locatesAStaxFailure() {
        assertEquals("f.xml, line 3, column 14: malformed XML: Unexpected close tag </a>; expected </b>.",
                translate(new WFCException("Unexpected close tag </a>; expected </b>.\n at [row,col]: [3,14]", AT_3_14))
                        .getMessage());
    }

    @Test
    void unwrapsTheUncheckedWrapperOfAaltosLazyTextReading() {
        WFCException cause = new WFCException("Unexpected end-of-input in CHARACTERS", AT_3_14);
        assertEquals("f.xml, line 3, column 14: unexpected end of file: the file is truncated (Unexpected "
                + "end-of-input in CHARACTERS)", translate(UncheckedStreamException.createFrom(cause)).getMessage());
    }

    @Test
    void findsTheBudgetsRefusalInsideAaltosIoWrapper() {
        assertEquals("f.xml, line 2, column 5: too long",
                translate(new IoStreamException(new InputBudget.Refusal(2, 5, "too long"))).getMessage());
    }

    @Test
    void turnsDecodingErrorsIntoEncodingProblems() {
        assertEquals("f.xml, line 1: the bytes do not match the file's encoding (Input length = 1)",
                translate(new IoStreamException(new MalformedInputException(1))).getMessage());
        assertEquals("f.xml, line 1: the bytes do not match the file's encoding (Invalid UTF-8 start byte 0xff)",
                translate(new CharConversionException("Invalid UTF-8 start byte 0xff")).getMessage());
    }

    @Test
    void turnsAnUncheckedExceptionAaltoThrowsIntoMalformedXml() {
        IllegalStateException fromAalto = new IllegalStateException("getTextXxx() methods can not be called on "
                + "ENTITY_REFERENCE");
        fromAalto.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("com.fasterxml.aalto.stax.StreamReaderImpl", "throwNotTextXxx", null, 1787)});
        assertEquals("f.xml, line 1: malformed XML: getTextXxx() methods can not be called on ENTITY_REFERENCE",
                translate(fromAalto).getMessage());
    }

    @Test
    void letsBugsAndInputOutputErrorsTravelOn() {
        assertNull(translate(new IllegalStateException("a bug of ours")));
        assertNull(translate(new NullPointerException()));
        assertNull(translate(new IOException("disk failed")));
    }

    @Test
    void keepsAParseExceptionAsItIs() {
        ParseException known = new ParseException("f.xml", 9, 1, "not a CommerceML file", null);
        assertSame(known, translate(known));
    }
}
