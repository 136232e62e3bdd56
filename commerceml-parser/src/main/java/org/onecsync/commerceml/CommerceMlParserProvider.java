package org.onecsync.commerceml;

import org.onecsync.commerceml.internal.XmlHead;
import org.onecsync.spi.ExportParser;
import org.onecsync.spi.ExportParserProvider;

/**
 * Recognises CommerceML files by their root element {@code КоммерческаяИнформация} in any encoding 1C writes,
 * and creates {@link CommerceMlParser}s. Found by {@link java.util.ServiceLoader}.
 */
public final class CommerceMlParserProvider implements ExportParserProvider {

    /** The format's name in reports. */
    public static final String NAME = "commerceml";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognizes(byte[] head, int length) {
        return XmlHead.isCommerceMl(head, length);
    }

    @Override
    public ExportParser newParser() {
        return new CommerceMlParser();
    }
}
