package org.onecsync.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.onecsync.parse.ParseException;
import org.onecsync.spi.ExportParser;
import org.onecsync.spi.ExportParserProvider;

/** Reads files that start with {@code #throw WHAT} by throwing WHAT, as a broken or hostile parser run would. */
final class ThrowingParser implements ExportParserProvider {

    private static final String MAGIC = "#throw ";

    static byte[] file(String what) {
        return (MAGIC + what).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String name() {
        return "throwing";
    }

    @Override
    public boolean recognizes(byte[] head, int length) {
        return new String(head, 0, length, StandardCharsets.UTF_8).startsWith(MAGIC);
    }

    @Override
    public ExportParser newParser() {
        return (fileName, in, handler) -> {
            String what = new String(in.readAllBytes(), StandardCharsets.UTF_8).substring(MAGIC.length());
            switch (what) {
                case "parse" -> throw new ParseException(fileName, 3, 7, "malformed XML: unexpected '<'", null);
                case "io" -> throw new IOException("disk read error");
                case "npe" -> throw new NullPointerException("a parser bug");
                case "oom" -> throw new OutOfMemoryError("Java heap space");
                case "soe" -> throw new StackOverflowError();
                default -> throw new IllegalArgumentException(what);
            }
        };
    }
}
