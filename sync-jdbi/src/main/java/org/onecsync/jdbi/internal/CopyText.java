package org.onecsync.jdbi.internal;

import java.sql.SQLException;

/**
 * Encodes rows in COPY's text format straight into UTF-8 bytes, in a fixed buffer that is sent whenever it
 * fills: no intermediate strings, and memory bounded by the buffer (or one field, if a field is larger).
 */
final class CopyText {

    private static final int SIZE = 1 << 16;

    private final CopyStream copy;
    private byte[] bytes = new byte[SIZE];
    private int length;

    CopyText(CopyStream copy) {
        this.copy = copy;
    }

    CopyText number(long value) throws SQLException {
        return ascii(Long.toString(value));
    }

    CopyText bool(boolean value) throws SQLException {
        room(1);
        bytes[length++] = (byte) (value ? 't' : 'f');
        return this;
    }

    /** A text value; backslash, tab and line breaks are escaped, {@code null} becomes {@code \N}. */
    CopyText text(String value) throws SQLException {
        if (value == null) {
            return ascii("\\N");
        }
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            room(4);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> escape('\\');
                    case '\t' -> escape('t');
                    case '\n' -> escape('n');
                    case '\r' -> escape('r');
                    default -> bytes[length++] = (byte) c;
                }
            } else if (c < 0x800) {
                bytes[length++] = (byte) (0xC0 | c >> 6);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                bytes[length++] = (byte) (0xF0 | cp >> 18);
                bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                // A lone surrogate has no UTF-8 form; String.getBytes would write '?' too.
                bytes[length++] = '?';
            } else {
                bytes[length++] = (byte) (0xE0 | c >> 12);
                bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return this;
    }

    CopyText tab() throws SQLException {
        return separator('\t');
    }

    CopyText endRow() throws SQLException {
        return separator('\n');
    }

    /** Sends whatever is buffered. */
    void flush() throws SQLException {
        if (length > 0) {
            copy.write(bytes, 0, length);
            length = 0;
        }
    }

    private CopyText separator(char c) throws SQLException {
        room(1);
        bytes[length++] = (byte) c;
        return this;
    }

    private CopyText ascii(String value) throws SQLException {
        room(value.length());
        for (int i = 0; i < value.length(); i++) {
            bytes[length++] = (byte) value.charAt(i);
        }
        return this;
    }

    private void escape(char c) {
        bytes[length++] = '\\';
        bytes[length++] = (byte) c;
    }

    private void room(int needed) throws SQLException {
        if (length + needed > bytes.length) {
            flush();
        }
    }
}
