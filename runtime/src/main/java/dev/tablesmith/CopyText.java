package dev.tablesmith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

/**
 * Rows in the text format of PostgreSQL's {@code COPY … FROM STDIN}, as UTF-8 bytes: fields separated by tabs, rows
 * ended by a newline, {@code \N} for NULL, and a backslash before each backslash, tab, newline and carriage return in
 * a value. Every value is written as the text PostgreSQL's input function for its column reads back as the same
 * value an insert with that value as a parameter stores: numbers in Java's shortest exact form, dates and times in
 * ISO form with {@code BC} for years before 1, binary data as {@code \x} hex.
 *
 * <p>It writes only what the generated binders hand it, after their checks: text is valid Unicode without U+0000,
 * date-times are whole microseconds within PostgreSQL's range.
 */
final class CopyText {
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int size;

    CopyText(int capacity) {
        bytes = new byte[Math.max(64, capacity)];
    }

    /** The bytes written so far; valid up to {@link #size()}. */
    byte[] bytes() {
        return bytes;
    }

    int size() {
        return size;
    }

    /** Forgets everything written from {@code mark} (a former {@link #size()}) on. */
    void truncate(int mark) {
        size = mark;
    }

    /** Copies {@code source[from, to)}, COPY text already. */
    void append(byte[] source, int from, int to) {
        ensure(to - from);
        System.arraycopy(source, from, bytes, size, to - from);
        size += to - from;
    }

    void separator() {
        put((byte) '\t');
    }

    void endRow() {
        put((byte) '\n');
    }

    void writeNull() {
        ensure(2);
        bytes[size++] = '\\';
        bytes[size++] = 'N';
    }

    void write(long value) {
        ascii(Long.toString(value));
    }

    void write(boolean value) {
        put((byte) (value ? 't' : 'f'));
    }

    /** Java's shortest decimal form that reads back as exactly this double; {@code NaN}, {@code Infinity} as such. */
    void write(double value) {
        ascii(Double.toString(value));
    }

    /** As {@link #write(double)}, for a float: PostgreSQL reads a {@code real} with {@code strtof}, exactly. */
    void write(float value) {
        ascii(Float.toString(value));
    }

    /** Without an exponent, so that the scale is the digits after the point, as in a bound decimal. */
    void write(BigDecimal value) {
        ascii(value.toPlainString());
    }

    void write(UUID value) {
        ascii(value.toString());
    }

    /** {@code \x} and two hex digits per byte: {@code bytea}'s hex input, its backslash escaped for COPY. */
    void write(byte[] value) {
        ensure(3 + 2 * value.length);
        bytes[size++] = '\\';
        bytes[size++] = '\\';
        bytes[size++] = 'x';
        for (byte b : value) {
            bytes[size++] = HEX[(b >> 4) & 0xF];
            bytes[size++] = HEX[b & 0xF];
        }
    }

    /** Text as UTF-8, with COPY's four special characters escaped. */
    void write(String value) {
        int length = value.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> escaped('\\');
                    case '\t' -> escaped('t');
                    case '\n' -> escaped('n');
                    case '\r' -> escaped('r');
                    default -> put((byte) c);
                }
            } else if (c < 0x800) {
                ensure(2);
                bytes[size++] = (byte) (0xC0 | (c >> 6));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, value.charAt(++i));
                ensure(4);
                bytes[size++] = (byte) (0xF0 | (codePoint >> 18));
                bytes[size++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                bytes[size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (codePoint & 0x3F));
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("unpaired surrogate at index " + i + " reached COPY unchecked");
            } else {
                ensure(3);
                bytes[size++] = (byte) (0xE0 | (c >> 12));
                bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    /** {@code yyyy-mm-dd}, {@code BC} after the date for ISO years before 1 (year 0 is 1 BC). */
    void write(LocalDate value) {
        date(value);
        era(value.getYear());
    }

    /** {@code yyyy-mm-dd hh:mm:ss[.ffffff]}, the era last. */
    void write(LocalDateTime value) {
        date(value.toLocalDate());
        put((byte) ' ');
        time(value.toLocalTime());
        era(value.getYear());
    }

    /** As a date-time at UTC with the offset {@code +00}: a {@code timestamptz} keeps the instant, not the offset. */
    void write(OffsetDateTime value) {
        LocalDateTime utc = value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        date(utc.toLocalDate());
        put((byte) ' ');
        time(utc.toLocalTime());
        ascii("+00");
        era(utc.getYear());
    }

    void write(LocalTime value) {
        time(value);
    }

    private void date(LocalDate value) {
        int year = value.getYear();
        digits(year > 0 ? year : 1 - year, 4);
        put((byte) '-');
        digits(value.getMonthValue(), 2);
        put((byte) '-');
        digits(value.getDayOfMonth(), 2);
    }

    private void time(LocalTime value) {
        digits(value.getHour(), 2);
        put((byte) ':');
        digits(value.getMinute(), 2);
        put((byte) ':');
        digits(value.getSecond(), 2);
        int nanos = value.getNano();
        if (nanos != 0) {
            put((byte) '.');
            if (nanos % 1000 == 0) {
                digits(nanos / 1000, 6);
            } else {
                digits(nanos, 9); // PostgreSQL rounds past the sixth digit; the binders let no such value through
            }
        }
    }

    private void era(int year) {
        if (year <= 0) {
            ascii(" BC");
        }
    }

    /** {@code value} (not negative) with at least {@code width} digits. */
    private void digits(int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            put((byte) '0');
        }
        ascii(text);
    }

    private void escaped(char c) {
        ensure(2);
        bytes[size++] = '\\';
        bytes[size++] = (byte) c;
    }

    private void ascii(String text) {
        int length = text.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
    }

    private void put(byte b) {
        ensure(1);
        bytes[size++] = b;
    }

    /** Room for {@code more} bytes (at least; callers of one char per byte ask once for the whole string). */
    private void ensure(int more) {
        if (size + more + 8 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more + 8));
        }
    }
}
