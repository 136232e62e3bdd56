package org.onecsync.commerceml;

import java.util.Objects;
import org.onecsync.commerceml.internal.CommerceMlReader;
import org.onecsync.spi.ExportParser;
import org.onecsync.spi.ExportParserProvider;

/**
 * Recognises CommerceML files by their root element {@code КоммерческаяИнформация} in any encoding 1C writes,
 * and creates {@link CommerceMlParser}s. Found by {@link java.util.ServiceLoader} with the default
 * {@link XmlLimits}; for other limits register one explicitly, e.g.
 * {@code ParserRegistry.of(new CommerceMlParserProvider(new XmlLimits(64 << 20, 256)))}.
 */
public final class CommerceMlParserProvider implements ExportParserProvider {

    /** The format's name in reports. */
    public static final String NAME = "commerceml";

    private final XmlLimits limits;

    /** A provider with the {@link XmlLimits#defaults() default limits}, as {@link java.util.ServiceLoader} needs. */
    public CommerceMlParserProvider() {
        this(XmlLimits.defaults());
    }

    /**
     * A provider whose parsers use other limits.
     *
     * @param limits how big one text node or tag and how deep the nesting may be
     */
    public CommerceMlParserProvider(XmlLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognizes(byte[] head, int length) {
        return CommerceMlReader.recognizes(head, length);
    }

    @Override
    public ExportParser newParser() {
        return new CommerceMlParser(limits);
    }
}
