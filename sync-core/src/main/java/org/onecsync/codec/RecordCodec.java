package org.onecsync.codec;

import java.util.Objects;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;

/**
 * The canonical JSON text of a record, its inverse, and a content hash.
 *
 * <p>{@link #json} writes the text that version 1 databases hold for a record (the payload of {@code dump},
 * the {@code previous} value of the change feed): the record's components in declaration order, {@code null}
 * components left out, {@code false} and empty lists ({@code []}) written, nested records as objects, offer
 * keys as their {@code product#variant} text, decimals as plain numbers ({@link
 * java.math.BigDecimal#toPlainString()}, never an exponent), an order's date as {@link
 * java.time.LocalDateTime#toString()}. Strings are escaped as {@code \"}, {@code \\}, {@code \n}, {@code \r},
 * {@code \t}; every other character below U+0020 and U+2028/U+2029 as a lowercase {@code \}{@code u00xx}
 * ({@code \}{@code u2028}); all else, including non-ASCII, as is. There is no whitespace.
 *
 * <p>{@link #fromJson} reads that text back, also as PostgreSQL's {@code jsonb} prints it: keys in any order,
 * whitespace anywhere, unknown keys ignored; an absent key gives {@code null}, {@code false} or an empty list.
 * Decimals keep the digits they are written with ({@code 10.50} stays {@code 10.50}).
 * {@code json(fromJson(r.type(), json(r)))} is always {@code json(r)}, and {@code fromJson(r.type(), json(r))
 * .equals(r)} holds for every record except two cases the version 1 text cannot tell apart, which parsers
 * never produce: an offer key whose product id holds {@code #} (read back split at the first {@code #}), and
 * a decimal with a negative scale ({@code 1E+3} is written {@code 1000} and read back as {@code 1000}, equal
 * in value and hash).
 *
 * <p>{@link #hash} is a 64-bit hash of the record's field values (not of its text), stable across runs and
 * machines: equal records hash alike, and changing any field (a {@code null} to {@code ""}, the order of a
 * list) changes it. Decimals are hashed by numeric value: {@code 10.5} and {@code 10.50} hash alike.
 *
 * <p>The text and the hash are part of stored data: changing either (a field added to a record counts)
 * requires bumping {@link #VERSION}, which seeds the hash. The one exception are fields added so that a
 * record without them keeps its version 1 text and hash: an order's {@code comment}, an order line's
 * {@code coefficient} and {@code discounts} (issue 11) are left out of the text when {@code null} or empty
 * (the discounts list too) and feed the hash nothing then.
 */
public final class RecordCodec {

    /**
     * The codec's version; it seeds {@link #hash}. Bump it whenever the text or the hash of any record
     * changes, so that stored hashes are recognised as stale.
     */
    public static final int VERSION = 1;

    private RecordCodec() {
    }

    /**
     * The canonical JSON text of a record.
     *
     * @param record the record
     * @return its JSON text, as version 1 stored it
     */
    public static String json(CatalogRecord record) {
        Objects.requireNonNull(record, "record");
        return Json.write(record, RecordWriter::record);
    }

    /**
     * Reads a record from its JSON text.
     *
     * @param type the record's entity
     * @param json the text, as {@link #json} or PostgreSQL's {@code jsonb} writes it
     * @return the record
     * @throws IllegalArgumentException if the text is not JSON, or not an object of that entity's shape
     */
    public static CatalogRecord fromJson(EntityType type, String json) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(json, "json");
        CatalogRecord record = Json.read(json, type.jsonName(), in -> RecordReader.record(in, type));
        if (record == null) {
            throw new IllegalArgumentException("JSON null is not a record of " + type.jsonName());
        }
        return record;
    }

    /**
     * The content hash of a record: a 64-bit hash of its type and field values, seeded with {@link #VERSION}.
     *
     * @param record the record
     * @return its hash
     */
    public static long hash(CatalogRecord record) {
        Objects.requireNonNull(record, "record");
        return ContentHash.hash(VERSION, record);
    }
}
