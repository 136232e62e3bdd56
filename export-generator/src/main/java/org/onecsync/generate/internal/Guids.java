package org.onecsync.generate.internal;

/**
 * Deterministic, 1C-looking GUIDs ({@code 018d777d-9094-11ec-a2ff-04421a23d8e8}: a version-1 layout with a
 * {@code 11e?} time-high field). The first 48 bits are a seed-keyed bijection of the item index, and the
 * clock-sequence field carries the entity kind, so two different (kind, index) pairs never get the same
 * GUID within one seed.
 */
public final class Guids {

    /** 1C's "no value" reference. */
    public static final String ZERO = "00000000-0000-0000-0000-000000000000";

    /** Kind of the catalog / classifier id. */
    public static final int CATALOG = 1;
    /** Kind of groups. */
    public static final int GROUP = 2;
    /** Kind of warehouses. */
    public static final int WAREHOUSE = 3;
    /** Kind of price types. */
    public static final int PRICE_TYPE = 4;
    /** Kind of product properties. */
    public static final int PROPERTY = 5;
    /** Kind of product property dictionary values. */
    public static final int PROPERTY_VALUE = 6;
    /** Kind of offer properties. */
    public static final int OFFER_PROPERTY = 7;
    /** Kind of offer property dictionary values. */
    public static final int OFFER_PROPERTY_VALUE = 8;
    /** Kind of manufacturers. */
    public static final int MANUFACTURER = 9;
    /** Kind of products. */
    public static final int PRODUCT = 10;
    /** Kind of variants (the part after {@code #}). */
    public static final int VARIANT = 11;
    /** Kind of product images. */
    public static final int IMAGE = 12;
    /** Kind of counterparties. */
    public static final int COUNTERPARTY = 13;
    /** Kind of counterparties' representatives. */
    public static final int REPRESENTATIVE = 14;
    /** Kind of file-name GUIDs; the index encodes the folder and the page. */
    public static final int FILE = 15;

    private static final long MASK48 = (1L << 48) - 1;
    private static final String[] NODE_PREFIXES = {"00155d", "04421a", "fa163e"};
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Guids() {
    }

    /**
     * @param seed the export seed
     * @param kind one of the kind constants (below 64)
     * @param index the item index, below 2<sup>48</sup>
     * @return the GUID of that item
     */
    public static String of(long seed, int kind, long index) {
        long key = Rng.hash(seed, kind);
        long x = (index + key) & MASK48;
        x = (x * (Rng.mix(key) | 1L)) & MASK48;
        x ^= x >>> 24;
        x = (x * 0x5DEECE66DL) & MASK48;
        x ^= x >>> 21;
        long noise = Rng.hash(seed, kind, index);
        char[] out = new char[36];
        hex(out, 0, x >>> 16, 8);
        out[8] = '-';
        hex(out, 9, x & 0xFFFF, 4);
        out[13] = '-';
        out[14] = '1';
        out[15] = '1';
        out[16] = 'e';
        out[17] = HEX[9 + (int) Long.remainderUnsigned(noise, 7)];
        out[18] = '-';
        long clock = 0x8000L | ((long) (kind & 0x3F) << 8) | ((noise >>> 8) & 0xFF);
        hex(out, 19, clock, 4);
        out[23] = '-';
        String prefix = NODE_PREFIXES[(int) Long.remainderUnsigned(noise >>> 16, NODE_PREFIXES.length)];
        prefix.getChars(0, 6, out, 24);
        hex(out, 30, Rng.hash(seed, 77, prefix.hashCode()) & 0xFFFFFF, 6);
        return new String(out);
    }

    /**
     * A random-looking version-4 GUID, as 1C puts in file names ({@code 10f30faa-0a70-44df-bf00-…}).
     *
     * @param seed the export seed
     * @param index what it names
     * @return the GUID
     */
    public static String random(long seed, long index) {
        long high = Rng.hash(seed, FILE, index);
        long low = Rng.hash(seed, FILE, index, 1);
        char[] out = new char[36];
        hex(out, 0, high >>> 32, 8);
        out[8] = '-';
        hex(out, 9, (high >>> 16) & 0xFFFF, 4);
        out[13] = '-';
        hex(out, 14, 0x4000 | (high & 0x0FFF), 4);
        out[18] = '-';
        hex(out, 19, 0x8000 | ((low >>> 48) & 0x3FFF), 4);
        out[23] = '-';
        hex(out, 24, low & 0xFFFFFFFFFFFFL, 12);
        return new String(out);
    }

    private static void hex(char[] out, int at, long value, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            out[at + i] = HEX[(int) (value & 0xF)];
            value >>>= 4;
        }
    }
}
