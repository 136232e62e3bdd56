package org.onecsync.spi;

/**
 * A format plug-in: recognises the files it can read by their content and creates parsers for them.
 *
 * <p>Implementations must have a public no-argument constructor to be found by {@link java.util.ServiceLoader}
 * and must be thread-safe; the parsers they create need not be.
 */
public interface ExportParserProvider {

    /** {@return the format's short name, e.g. {@code commerceml}} */
    String name();

    /**
     * Says whether this provider reads a file that starts with the given bytes. Decide by content where the
     * format allows it: 1C names files freely.
     *
     * @param head the first bytes of the file (at most {@link #HEAD_SIZE})
     * @param length how many bytes of {@code head} are valid
     * @return {@code true} if {@link #newParser()} can read the file
     */
    boolean recognizes(byte[] head, int length);

    /**
     * Says whether this provider reads a file, given what is known about it besides its bytes. CommerceML and
     * JSON go by content; CSV, which content alone cannot tell from other text, by the file's extension or
     * declared media type. The default asks {@link #recognizes(byte[], int)}.
     *
     * @param head the first bytes of the file (at most {@link #HEAD_SIZE})
     * @param length how many bytes of {@code head} are valid
     * @param hints the file's name and declared media type
     * @return {@code true} if {@link #newParser(ParserOptions)} can read the file
     */
    default boolean recognizes(byte[] head, int length, FileHints hints) {
        return recognizes(head, length);
    }

    /** {@return a new parser with default settings; each parser reads one file at a time} */
    ExportParser newParser();

    /**
     * A new parser with per-call settings: a CSV column mapping, a feed's defaults. The default ignores them.
     *
     * @param options the settings; a parser takes those of its own types and ignores the others
     * @return the parser
     * @throws IllegalArgumentException if a setting of this format is invalid
     */
    default ExportParser newParser(ParserOptions options) {
        return newParser();
    }

    /** How many leading bytes {@link #recognizes} is given. */
    int HEAD_SIZE = 4096;
}
