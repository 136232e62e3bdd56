package org.onecsync.commerceml;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.onecsync.commerceml.internal.CommerceMlReader;
import org.onecsync.parse.ParseException;
import org.onecsync.spi.ExportParser;
import org.onecsync.spi.RecordHandler;

/**
 * Reads one CommerceML file with a StAX cursor, holding at most one entity in memory, and streams its records.
 *
 * <p>Malformed, truncated or wrongly encoded files, and files beyond the {@link XmlLimits} (one huge text node
 * or attribute, elements nested too deep), fail with a {@link ParseException} naming file, line and column, in
 * bounded memory. DTDs are refused, so no entity can be declared: an entity other than XML's five and numeric
 * references is malformed XML, and external entities are never resolved.
 */
public final class CommerceMlParser implements ExportParser {

    private final XmlLimits limits;

    /** A parser with the {@link XmlLimits#defaults() default limits}. */
    public CommerceMlParser() {
        this(XmlLimits.defaults());
    }

    /**
     * A parser with other limits.
     *
     * @param limits how big one text node or tag and how deep the nesting may be
     */
    public CommerceMlParser(XmlLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public void parse(String fileName, InputStream in, RecordHandler handler) throws IOException {
        CommerceMlReader.parse(fileName, in, handler, limits);
    }
}
