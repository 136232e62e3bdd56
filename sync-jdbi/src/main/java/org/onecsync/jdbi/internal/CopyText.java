package org.onecsync.jdbi.internal;

import java.nio.charset.StandardCharsets;
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
        // The JDK's encoder is vectorised; a lone surrogate becomes '?', as before.
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            // Every byte of a multi-byte character is negative, so only ASCII can need escaping.
            if (b == '\\' || b == '\t' || b == '\n' || b == '\r') {
                put(utf8, start, i - start);
                room(2);
                escape(b == '\\' ? '\\' : b == '\t' ? 't' : b == '\n' ? 'n' : 'r');
                start = i + 1;
            }
        }
        put(utf8, start, utf8.length - start);
        return this;
    }

    private void put(byte[] source, int from, int count) throws SQLException {
        while (count > 0) {
            if (length == bytes.length) {
                flush();
            }
            int n = Math.min(count, bytes.length - length);
            System.arraycopy(source, from, bytes, length, n);
            length += n;
            from += n;
            count -= n;
        }
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
