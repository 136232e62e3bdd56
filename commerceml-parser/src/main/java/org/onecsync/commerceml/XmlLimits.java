package org.onecsync.commerceml;

/**
 * How big and how deep the XML of one file may get, so that a broken or hostile file fails with a located
 * {@link org.onecsync.parse.ParseException} in bounded memory instead of exhausting the heap or the stack.
 *
 * <p>The StAX parser holds each text node and each tag (with all its attributes) whole, so the size limit is
 * enforced on the input while the parser reads it: a 2 GB {@code <Ид>} inside a 2 MB zip is refused after
 * about {@code maxTextSize} of it has been read.
 *
 * @param maxTextSize the most one text node, one tag with its attributes, one comment, one CDATA section or one
 *        processing instruction may take: bytes of a UTF-8 file (the parser decodes UTF-8 itself), characters
 *        of a file in any other encoding. Anything up to this size is read; anything more than about 70 KiB
 *        beyond it is refused (the margin is the parser's read-ahead)
 * @param maxDepth the most levels elements may be nested, the root element being level 1
 */
public record XmlLimits(int maxTextSize, int maxDepth) {

    /**
     * The default {@link #maxTextSize()}: 8 MiB (8,388,608), far beyond any real 1C text. Reading a construct
     * that long takes about six times its size of heap (the parser's buffers, then a String), so the default
     * leaves room for an import under {@code -Xmx128m}.
     */
    public static final int DEFAULT_MAX_TEXT_SIZE = 8 * 1024 * 1024;

    /** The default {@link #maxDepth()}: 256 levels; the real exports we have nest at most 13 deep. */
    public static final int DEFAULT_MAX_DEPTH = 256;

    /**
     * Checks that both limits are positive.
     *
     * @param maxTextSize the most one text node or tag may take
     * @param maxDepth the most levels of nested elements
     * @throws IllegalArgumentException if a limit is zero or negative
     */
    public XmlLimits {
        if (maxTextSize <= 0) {
            throw new IllegalArgumentException("maxTextSize must be positive, was " + maxTextSize);
        }
        if (maxDepth <= 0) {
            throw new IllegalArgumentException("maxDepth must be positive, was " + maxDepth);
        }
    }

    /**
     * The defaults: {@value #DEFAULT_MAX_TEXT_SIZE} (8 MiB) and {@value #DEFAULT_MAX_DEPTH} levels.
     *
     * @return the default limits
     */
    public static XmlLimits defaults() {
        return new XmlLimits(DEFAULT_MAX_TEXT_SIZE, DEFAULT_MAX_DEPTH);
    }
}
