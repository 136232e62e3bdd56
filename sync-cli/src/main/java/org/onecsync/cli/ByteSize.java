package org.onecsync.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The one parser of sizes for every option that takes bytes: a positive number of bytes, or a number followed by
 * {@code k}, {@code m} or {@code g} (KiB, MiB, GiB; either case), so {@code 100m} is 104857600.
 */
final class ByteSize implements ITypeConverter<Long> {

    /** What the help says a size is. */
    static final String FORMS = "bytes, or with k, m or g (KiB, MiB, GiB), e.g. 100m";

    private static final Pattern SIZE = Pattern.compile("(\\d{1,19})([kmg]?)");

    @Override
    public Long convert(String value) {
        return parse(value);
    }

    /**
     * @param value the text of a size
     * @return the bytes, at least 1
     * @throws TypeConversionException naming the value when it is not a positive size that fits a long
     */
    static long parse(String value) {
        Matcher m = SIZE.matcher(value == null ? "" : value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new TypeConversionException("'" + value + "' is not a size (expected " + FORMS + ")");
        }
        int shift = switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        long number;
        try {
            number = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is too large a size");
        }
        if (number == 0) {
            throw new TypeConversionException("'" + value + "' is not a positive size");
        }
        if (number > Long.MAX_VALUE >> shift) {
            throw new TypeConversionException("'" + value + "' is too large a size");
        }
        return number << shift;
    }
}
