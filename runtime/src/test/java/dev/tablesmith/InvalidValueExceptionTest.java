package dev.tablesmith;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How refused values are shown in messages. */
class InvalidValueExceptionTest {

    @Test
    void textIsQuotedWithUnpairedSurrogatesAndControlCharactersEscaped() {
        assertEquals("\"x\\uD800y\"", InvalidValueException.quote("x\uD800y"));
        assertEquals("\"a\\u0000b\\u000Ac\"", InvalidValueException.quote("a\u0000b\nc"));
        assertEquals("\"\uD83D\uDE00\"", InvalidValueException.quote("\uD83D\uDE00"), "a pair stays as it is");
    }

    @Test
    void longValuesAreShortenedWithTheirLength() {
        assertEquals("\"" + "a".repeat(60) + "…\" (1048576 chars)", InvalidValueException.quote("a".repeat(1 << 20)));
        assertEquals("\"" + "a".repeat(60) + "\"", InvalidValueException.quote("a".repeat(60)));
        BigDecimal huge = new BigDecimal("1".repeat(70));
        assertEquals("1".repeat(60) + "… (70 characters)", InvalidValueException.quote(huge));
    }

    @Test
    void otherValuesAreShownAsThemselves() {
        assertEquals("NaN", InvalidValueException.quote(Double.NaN));
        assertEquals("-4713-11-24", InvalidValueException.quote(java.time.LocalDate.of(-4713, 11, 24)));
        assertEquals("null", InvalidValueException.quote(null));
    }
}
