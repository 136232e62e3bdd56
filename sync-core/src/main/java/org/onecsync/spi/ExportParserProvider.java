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
     * Says whether this provider reads a file that starts with the given bytes. Decide by content, never by
     * file name: 1C names files freely.
     *
     * @param head the first bytes of the file (at most {@link #HEAD_SIZE})
     * @param length how many bytes of {@code head} are valid
     * @return {@code true} if {@link #newParser()} can read the file
     */
    boolean recognizes(byte[] head, int length);

    /** {@return a new parser; each parser reads one file at a time} */
    ExportParser newParser();

    /** How many leading bytes {@link #recognizes} is given. */
    int HEAD_SIZE = 4096;
}
