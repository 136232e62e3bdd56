package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** The one size parser of the options that take bytes. */
class ByteSizeTest {

    @Test
    void takesPlainBytesAndBinarySuffixesInEitherCase() {
        assertEquals(8_388_608L, ByteSize.parse("8388608"));
        assertEquals(512L * 1024, ByteSize.parse("512k"));
        assertEquals(100L * 1024 * 1024, ByteSize.parse("100m"));
        assertEquals(2L * 1024 * 1024 * 1024, ByteSize.parse("2G"));
        assertEquals(30_720L, ByteSize.parse(" 30K "));
    }

    @Test
    void refusesWhatIsNotAPositiveSizeNamingTheValue() {
        assertEquals("'12x' is not a size (expected bytes, or with k, m or g (KiB, MiB, GiB), e.g. 100m)",
                assertThrows(TypeConversionException.class, () -> ByteSize.parse("12x")).getMessage());
        assertEquals("'-1' is not a size (expected bytes, or with k, m or g (KiB, MiB, GiB), e.g. 100m)",
                assertThrows(TypeConversionException.class, () -> ByteSize.parse("-1")).getMessage());
        assertEquals("'1.5g' is not a size (expected bytes, or with k, m or g (KiB, MiB, GiB), e.g. 100m)",
                assertThrows(TypeConversionException.class, () -> ByteSize.parse("1.5g")).getMessage());
        assertEquals("'0m' is not a positive size",
                assertThrows(TypeConversionException.class, () -> ByteSize.parse("0m")).getMessage());
    }

    @Test
    void refusesASizeTooLargeForALong() {
        assertEquals("'9999999999g' is too large a size",
                assertThrows(TypeConversionException.class, () -> ByteSize.parse("9999999999g")).getMessage());
        assertEquals("'9999999999999999999' is too large a size",
                assertThrows(TypeConversionException.class, () -> ByteSize.parse("9999999999999999999"))
                        .getMessage());
    }
}
