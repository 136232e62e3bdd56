package org.onecsync.json;

import org.onecsync.json.internal.JsonFeedParser;
import org.onecsync.spi.ExportParser;
import org.onecsync.spi.ExportParserProvider;
import org.onecsync.spi.FileHints;

/**
 * Recognises JSON feeds ({@code docs/feeds.md}) and creates their parsers. Found by
 * {@link java.util.ServiceLoader} under the name {@value #NAME}; stateless, so thread-safe.
 *
 * <p>A file is a JSON feed when its content, after an optional UTF-8 BOM and whitespace, starts with
 * <code>&#123;</code>. Given hints, a file named {@code *.json} or declared {@code application/json} or {@code text/json}
 * is claimed too, whatever it holds, so a truncated or garbled push fails with a clear message instead of being
 * skipped as unknown — unless it starts with {@code <}: that is XML, and CommerceML's to read.
 */
public final class JsonParserProvider implements ExportParserProvider {

    /** The format's name in reports and for {@code --format}. */
    public static final String NAME = JsonFeedParser.FORMAT;

    private static final int NONE = -1;

    /** The provider, as {@link java.util.ServiceLoader} needs. */
    public JsonParserProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognizes(byte[] head, int length) {
        return firstByte(head, length) == '{';
    }

    @Override
    public boolean recognizes(byte[] head, int length, FileHints hints) {
        int first = firstByte(head, length);
        if (first == '{') {
            return true;
        }
        return first != '<' && hints != null
                && (hints.hasExtension("json") || hints.hasMediaType("application/json", "text/json"));
    }

    @Override
    public ExportParser newParser() {
        return new JsonFeedParser();
    }

    /** {@return the first byte after a UTF-8 BOM and JSON whitespace, or {@link #NONE} when there is none} */
    private static int firstByte(byte[] head, int length) {
        int end = Math.min(length, head.length);
        int i = 0;
        if (end >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
            i = 3;
        }
        while (i < end && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i < end ? head[i] & 0xFF : NONE;
    }
}
