package dev.tablesmith;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The COPY text of single values. That PostgreSQL stores from it what an insert stores is proved against the server
 * ({@code BulkInsertFidelityTest}); these pin down the forms that proof depends on, without a server.
 */
class CopyTextTest {

    @Test
    void copysFourSpecialCharactersAreEscapedAndNothingElse() {
        assertEquals("a\\tb\\nc\\rd\\\\e \\\\N \\\\. '\"\u0001", text(t -> t.write("a\tb\nc\rd\\e \\N \\. '\"\u0001")));
    }

    @Test
    void textIsUtf8IncludingCharactersOutsideTheBasicPlane() {
        CopyText text = new CopyText(0);
        String value = "é世😀𝄞\uffff";
        text.write(value);
        assertEquals(value, new String(text.bytes(), 0, text.size(), StandardCharsets.UTF_8));
    }

    @Test
    void nullIsBackslashN() {
        assertEquals("\\N", text(CopyText::writeNull));
    }

    @Test
    void bytesAreHexWithTheirBackslashEscaped() {
        assertEquals("\\\\x00ff7f80", text(t -> t.write(new byte[] {0, -1, 127, -128})));
        assertEquals("\\\\x", text(t -> t.write(new byte[0])));
    }

    @Test
    void numbersAreExactAndDecimalsHaveNoExponent() {
        assertEquals("4.9E-324", text(t -> t.write(Double.MIN_VALUE)));
        assertEquals("-0.0", text(t -> t.write(-0.0)));
        assertEquals("NaN", text(t -> t.write(Double.NaN)));
        assertEquals("-Infinity", text(t -> t.write(Float.NEGATIVE_INFINITY)));
        assertEquals("0.33333334", text(t -> t.write(1f / 3)));
        assertEquals("100000", text(t -> t.write(new BigDecimal("1E+5"))));
        assertEquals("0.0000000001", text(t -> t.write(new BigDecimal("1E-10"))));
        assertEquals("-9223372036854775808", text(t -> t.write(Long.MIN_VALUE)));
    }

    @Test
    void yearsBeforeOneAreWrittenAsBcAndLongYearsInFull() {
        assertEquals("0001-01-01 BC", text(t -> t.write(LocalDate.of(0, 1, 1))));
        assertEquals("4713-01-01 BC", text(t -> t.write(LocalDate.of(-4712, 1, 1))));
        assertEquals("5874897-12-31", text(t -> t.write(LocalDate.of(5874897, 12, 31))));
        assertEquals("0044-03-15 12:00:00 BC", text(t -> t.write(LocalDateTime.of(-43, 3, 15, 12, 0))));
    }

    @Test
    void dateTimesAreUtcWithWholeMicroseconds() {
        assertEquals("2024-03-30 12:30:00.000001+00", text(t -> t.write(
                OffsetDateTime.of(2024, 3, 31, 2, 30, 0, 1000, ZoneOffset.ofHours(14)))));
        assertEquals("0001-12-31 21:30:00+00 BC", text(t -> t.write(
                OffsetDateTime.of(1, 1, 1, 3, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)))));
        assertEquals("23:59:59.999999", text(t -> t.write(LocalTime.of(23, 59, 59, 999_999_000))));
        assertEquals("12:00:00.500000", text(t -> t.write(LocalTime.NOON.plusNanos(500_000_000))));
        assertEquals("00:00:00", text(t -> t.write(LocalTime.MIDNIGHT)));
    }

    @Test
    void growsPastItsFirstCapacity() {
        String backslashes = "\\".repeat(10_000);
        assertEquals("\\\\".repeat(10_000), text(t -> t.write(backslashes)));
    }

    private static String text(Consumer<CopyText> write) {
        CopyText text = new CopyText(0);
        write.accept(text);
        return new String(text.bytes(), 0, text.size(), StandardCharsets.UTF_8);
    }
}
