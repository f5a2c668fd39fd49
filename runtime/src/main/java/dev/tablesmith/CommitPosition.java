package dev.tablesmith;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where the commits a caller made stand in each database's replication stream: on PostgreSQL, the write-ahead log
 * position (LSN) of the commit, per bind. {@link Database#inReadContext(CommitPosition, ContextTask)} reads on a
 * replica only once that replica has replayed this far, so the read sees those commits; otherwise it reads on the
 * primary.
 *
 * <p>An immutable value that travels as text: {@link #toString()} gives a short, cookie- and URL-safe form (e.g.
 * {@code 0/16B3748}, or {@code 0/16B3748.analytics~0/3000060} with a bind) and {@link #parse(String)} reads it back,
 * so a web application can carry a user's position from the request that wrote to the next one that reads.
 * {@link #NONE} (the empty text) asks for nothing.
 */
public final class CommitPosition implements Serializable {
    private static final long serialVersionUID = 1L;
    /** No commit to wait for: any usable replica will do. */
    public static final CommitPosition NONE = new CommitPosition(new String[0], new long[0]);
    /** Longer texts are refused before they are parsed: they come from clients, through cookies. */
    private static final int MAX_TEXT = 1024;

    /** The binds, sorted ("" for the default database first), and the position in each. */
    private final String[] binds;
    private final long[] positions;

    private CommitPosition(String[] binds, long[] positions) {
        this.binds = binds;
        this.positions = positions;
    }

    /**
     * Reads a position from its {@link #toString()} text; the empty text is {@link #NONE}.
     *
     * @throws IllegalArgumentException when {@code text} is not such a text; a web application treats that as no
     *                                  position (the read then may not see the caller's latest commit)
     */
    public static CommitPosition parse(String text) {
        if (text == null || text.length() > MAX_TEXT) {
            throw notAPosition(text);
        }
        if (text.isEmpty()) {
            return NONE;
        }
        CommitPosition position = NONE;
        for (String entry : text.split("\\.", -1)) {
            int tilde = entry.indexOf('~');
            String bind = tilde < 0 ? Binds.DEFAULT : unescape(entry.substring(0, tilde), text);
            if (tilde == 0 || (tilde > 0 && bind.isEmpty()) || position.indexOf(bind) >= 0) {
                throw notAPosition(text);
            }
            position = position.with(bind, parseLsn(entry.substring(tilde + 1), text));
        }
        return position;
    }

    /** Whether this position asks for nothing. */
    public boolean isNone() {
        return binds.length == 0;
    }

    /** The position covering both this one and {@code other}: the later of the two in each database. */
    public CommitPosition merge(CommitPosition other) {
        CommitPosition merged = this;
        for (int i = 0; i < other.binds.length; i++) {
            merged = merged.with(other.binds[i], other.positions[i]);
        }
        return merged;
    }

    /** The position in {@code bind}, or 0 when this position says nothing about it. */
    long in(String bind) {
        int index = indexOf(bind);
        return index < 0 ? 0 : positions[index];
    }

    /** This position, moved to {@code position} in {@code bind} unless it is there or further already. */
    CommitPosition with(String bind, long position) {
        int index = indexOf(bind);
        if (index >= 0) {
            if (Long.compareUnsigned(positions[index], position) >= 0) {
                return this;
            }
            long[] moved = positions.clone();
            moved[index] = position;
            return new CommitPosition(binds, moved);
        }
        int at = -Arrays.binarySearch(binds, bind) - 1;
        String[] grownBinds = new String[binds.length + 1];
        long[] grownPositions = new long[binds.length + 1];
        System.arraycopy(binds, 0, grownBinds, 0, at);
        System.arraycopy(positions, 0, grownPositions, 0, at);
        grownBinds[at] = bind;
        grownPositions[at] = position;
        System.arraycopy(binds, at, grownBinds, at + 1, binds.length - at);
        System.arraycopy(positions, at, grownPositions, at + 1, binds.length - at);
        return new CommitPosition(grownBinds, grownPositions);
    }

    private int indexOf(String bind) {
        int index = Arrays.binarySearch(binds, bind);
        return index < 0 ? -1 : index;
    }

    /** A PostgreSQL LSN as text, {@code 16/B374D848}: the high and low 32 bits in hexadecimal. */
    static String formatLsn(long lsn) {
        return Long.toHexString(lsn >>> 32).toUpperCase(java.util.Locale.ROOT) + "/"
                + Long.toHexString(lsn & 0xFFFF_FFFFL).toUpperCase(java.util.Locale.ROOT);
    }

    /** Reads a PostgreSQL LSN, {@code 16/B374D848}. */
    static long parseLsn(String text) {
        return parseLsn(text, text);
    }

    private static long parseLsn(String lsn, String whole) {
        int slash = lsn.indexOf('/');
        if (slash < 1 || slash > 8 || lsn.length() - slash - 1 < 1 || lsn.length() - slash - 1 > 8) {
            throw notAPosition(whole);
        }
        return hex(lsn, 0, slash, whole) << 32 | hex(lsn, slash + 1, lsn.length(), whole);
    }

    /** The ASCII hexadecimal digits of {@code text} from {@code from} to {@code to}; signs and others are refused. */
    private static long hex(String text, int from, int to, String whole) {
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (digit < 0) {
                throw notAPosition(whole);
            }
            value = value << 4 | digit;
        }
        return value;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < binds.length; i++) {
            if (i > 0) {
                text.append('.');
            }
            if (!binds[i].isEmpty()) {
                text.append(escape(binds[i])).append('~');
            }
            text.append(formatLsn(positions[i]));
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CommitPosition that && Arrays.equals(binds, that.binds)
                && Arrays.equals(positions, that.positions);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(binds) + Arrays.hashCode(positions);
    }

    /** Bind names in the text keep letters, digits, '_' and '-'; any other byte of their UTF-8 becomes %XX. */
    private static String escape(String bind) {
        StringBuilder escaped = new StringBuilder(bind.length());
        for (byte b : bind.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                escaped.append(c);
            } else {
                escaped.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return escaped.toString();
    }

    private static String unescape(String escaped, String whole) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '%') {
                if (i + 2 >= escaped.length()) {
                    throw notAPosition(whole);
                }
                bytes.write((int) hex(escaped, i + 1, i + 3, whole));
                i += 2;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '-') {
                bytes.write(c);
            } else {
                throw notAPosition(whole);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException notAPosition(String text) {
        String shown = text == null ? "null" : text.length() > 80 ? "'" + text.substring(0, 80) + "…'" : "'" + text
                + "'";
        return new IllegalArgumentException("Not a commit position: " + shown + "; expected the text of "
                + "CommitPosition.toString(), such as 0/16B3748 (or the empty text for none)");
    }
}
