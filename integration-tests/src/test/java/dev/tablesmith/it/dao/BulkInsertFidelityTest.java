package dev.tablesmith.it.dao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.AbstractDao;
import dev.tablesmith.Database;
import dev.tablesmith.InvalidValueException;
import dev.tablesmith.RecordedQuery;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.dialect.Sample;
import dev.tablesmith.it.dialect.SampleDao;
import dev.tablesmith.it.types.Address;
import dev.tablesmith.it.types.Dimensions;
import dev.tablesmith.it.types.Money;
import dev.tablesmith.it.types.Product;
import dev.tablesmith.it.types.ProductDao;
import dev.tablesmith.it.types.Shift;
import dev.tablesmith.it.types.ShiftDao;
import dev.tablesmith.it.types.Shipment;
import dev.tablesmith.it.types.ShipmentDao;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On PostgreSQL {@code insertAll} writes rows as COPY text, which Tablesmith encodes itself; one-row inserts bind
 * parameters through the driver. This proves, column type by column type, that both store the same: the same rows
 * go in once through {@code insert} and once through {@code insertAll}, and PostgreSQL's own rendering of each stored
 * row ({@code to_jsonb}, which prints every type in its canonical text) must be identical. The values are the ones
 * an encoder gets wrong: COPY's special characters, text that looks like COPY's escapes, every byte value, extreme
 * and special numbers, dates before year 1 and after 9999, offsets, NULL everywhere it is allowed.
 */
class BulkInsertFidelityTest {
    private static final String[] TEXTS = {"", "plain", "tab\tinside", "new\nline", "carriage\rreturn", "crlf\r\n",
        "back\\slash", "\\", "trailing\\", "\\N", "\\.", "\\.\n\\.", "\\x00ff", "\\t is no tab", "'single' \"double\"",
        "Grüße, 世界", "emoji 😀 and 𝄞", "\u0001\u0007\b\f\u000b\u001b\u007f", "\u0085\u2028\u2029\ufeff\uffff",
        "end\\\n", "\t\n\\\r", "  spaces  ", "x".repeat(1000), null};
    private static final double[] DOUBLES = {0.0, -0.0, 1.0 / 3, 0.1, Double.MIN_VALUE, Double.MIN_NORMAL,
        Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, 123456789.123456789, 9007199254740993.0, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    private static final float[] FLOATS = {0f, -0f, 1f / 3, 0.1f, Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE,
        -Float.MAX_VALUE, 16777217f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
    private static final long[] LONGS = {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1};
    private static final int[] INTS = {Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1};
    private static final short[] SHORTS = {Short.MIN_VALUE, Short.MAX_VALUE, 0, -1};
    private static final String[] DECIMALS = {"99999999999999999999.9999999999", "-99999999999999999999.9999999999",
        "0", "0E-10", "1E+5", "0.0000000001", "-1.5", "12345678901234567890.0123456789", "-0.000", null};
    private static final Instant[] INSTANTS = {LocalDateTime.of(-4712, 1, 1, 0, 0).toInstant(ZoneOffset.UTC),
        LocalDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000).toInstant(ZoneOffset.UTC), Instant.EPOCH,
        Instant.parse("1969-12-31T23:59:59.999999Z"), Instant.parse("0000-06-15T12:00:00Z"),
        Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("2024-03-31T01:30:00.123456Z"),
        Instant.parse("9999-12-31T23:59:59.999999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
        Instant.parse("1582-10-10T00:00:00Z"), null};
    private static final LocalDate[] DATES = {LocalDate.of(-4712, 1, 1), LocalDate.of(5874897, 12, 31),
        LocalDate.of(0, 1, 1), LocalDate.of(1, 1, 1), LocalDate.of(1582, 10, 4), LocalDate.of(1582, 10, 15),
        LocalDate.of(1970, 1, 1), LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1),
        null};
    private static final LocalDateTime[] DATE_TIMES = {LocalDateTime.of(-4712, 1, 1, 0, 0),
        LocalDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000), LocalDateTime.of(0, 12, 31, 23, 59, 59, 999_999_000),
        LocalDateTime.of(2024, 3, 31, 2, 30, 0, 654_321_000), LocalDateTime.of(1970, 1, 1, 0, 0),
        LocalDateTime.of(10000, 1, 1, 0, 0, 0, 1000), null};
    private static final UUID[] UUIDS = {new UUID(0, 0), new UUID(-1, -1),
        UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), null};
    private static final byte[][] BYTES = {{}, {0}, everyByte(), {'\\', '\t', '\n', '\r', 'N'}, null};
    private static final Sample.Level[] LEVELS = {Sample.Level.LOW, Sample.Level.HIGH, null};

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#postgres")
    void everyBuiltInTypeIsStoredByInsertAllExactlyAsByInsert(TestDatabase target) {
        try (Database db = TestDatabase.fresh(target.builder().recordQueries(true).build())) {
            assertStoredAlike(db, new SampleDao(db), TEXTS.length * 2, BulkInsertFidelityTest::sample);
            assertStoredAlike(db, new SampleDao(db), 12, i -> new Sample()); // NULL in every nullable column
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#postgres")
    void offsetDateTimesTimesDurationsAndJsonAreStoredByInsertAllExactlyAsByInsert(TestDatabase target) {
        OffsetDateTime[] starts = {OffsetDateTime.of(2024, 3, 31, 2, 30, 0, 0, ZoneOffset.ofHours(14)),
            OffsetDateTime.of(2024, 3, 31, 2, 30, 0, 1000, ZoneOffset.ofHours(-12)),
            OffsetDateTime.of(1, 1, 1, 3, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)),
            OffsetDateTime.of(-4712, 1, 1, 14, 0, 0, 0, ZoneOffset.ofHours(14)),
            OffsetDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC), null};
        LocalTime[] times = {LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59, 999_999_000),
            LocalTime.of(12, 0, 0, 500_000_000),
            LocalTime.of(0, 0, 0, 1000), null};
        Duration[] lengths = {Duration.ZERO, Duration.ofNanos(Long.MAX_VALUE), Duration.ofNanos(Long.MIN_VALUE),
            Duration.ofDays(-3), Duration.ofMillis(1), null};
        String[] documents = {"{}", "[]", "null", "true", "0", "-1.5e400", "\"tab \\t and newline \\n\"",
            "{\"a\": \"b\\\\c\", \"n\": \"\\\\N\"}", "{\"emoji\": \"😀\", \"escaped\": \"\\u00e9\\ud83d\\ude00\"}",
            "  {\"spaced\" : [1, 2 , 3]}  ", "[1.0, 1.00, 100e-2]", "{\"nested\": {\"deep\": [null, false, \"x\"]}}",
            null};
        try (Database db = TestDatabase.fresh(target.builder().recordQueries(true).build())) {
            assertStoredAlike(db, new ShiftDao(db), documents.length * 2, i -> new Shift(at(starts, i), at(times, i),
                    at(lengths, i), at(documents, i)));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#postgres")
    void convertedAndEmbeddedValuesAreStoredByInsertAllExactlyAsByInsert(TestDatabase target) {
        long[] cents = {0, -1, 999_999_999_999L, -999_999_999_999L, 1050};
        try (Database db = TestDatabase.fresh(target.builder().recordQueries(true).build())) {
            assertStoredAlike(db, new ProductDao(db), TEXTS.length, i -> new Product(null, upTo255(at(TEXTS, i)),
                    new Money(cents[i % cents.length]), i % 5 == 4 ? null
                            : URI.create("https://example.com/" + i + "/%C3%A9t%C3%A9?q=a%09b&r=\u00e9#frag")));
            String[] weights = {"0.0001", "-999999999999999.9999", "1E+3", "7", null};
            assertStoredAlike(db, new ShipmentDao(db), TEXTS.length, i -> {
                Shipment shipment = new Shipment();
                shipment.reference = upTo255(at(TEXTS, i + 3));
                shipment.shipTo = i % 4 == 3 ? null
                        : new Address(upTo255(at(TEXTS, i)), "city\t" + i, "Z\\" + i % 10);
                shipment.billTo = new Address(null, null, null);
                shipment.size = i % 3 == 2 ? null
                        : new Dimensions(INTS[i % INTS.length], null, decimal(at(weights, i)));
                return shipment;
            });
        }
    }

    /** What a one-row insert refuses, {@code insertAll} refuses too, naming the same column, and stores nothing. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#postgres")
    void valuesAnInsertRefusesAreRefusedAlikeBeforeTheCopy(TestDatabase target) {
        try (Database db = TestDatabase.fresh(target.builder().recordQueries(true).build())) {
            SampleDao samples = new SampleDao(db);
            List<IntFunction<Sample>> refused = List.of(
                    i -> withText(sample(i), "nul \u0000 inside"),
                    i -> withText(sample(i), "unpaired \ud800 surrogate"),
                    i -> withText(sample(i), "y".repeat(1001)),
                    i -> {
                        Sample s = sample(i);
                        s.amount = new BigDecimal("0.00000000001");
                        return s;
                    },
                    i -> {
                        Sample s = sample(i);
                        s.instant = LocalDateTime.of(-4713, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
                        return s;
                    },
                    i -> {
                        Sample s = sample(i);
                        s.date = LocalDate.of(-4713, 12, 31);
                        return s;
                    });
            for (int k = 0; k < refused.size(); k++) {
                IntFunction<Sample> bad = refused.get(k);
                InvalidValueException one = assertThrows(InvalidValueException.class,
                        () -> db.inContext(() -> samples.insert(bad.apply(0))), "refused value " + k);
                List<Sample> rows = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    rows.add(i == 21 ? bad.apply(i) : sample(i));
                }
                InvalidValueException all = assertThrows(InvalidValueException.class,
                        () -> db.inContext(() -> samples.insertAll(rows)), "refused value " + k);
                assertEquals(one.column(), all.column(), all.getMessage());
                assertEquals(0L, (long) db.inContext(samples::count));
            }
        }
    }

    /**
     * Inserts {@code count} entities made by {@code make} one by one, records how PostgreSQL renders each stored row,
     * empties the table, inserts the same entities with {@code insertAll} (checking that it used COPY), and compares
     * the renderings row by row, each found by the id {@code insertAll} handed back.
     */
    private static <T> void assertStoredAlike(Database db, AbstractDao<T, Long> dao, int count, IntFunction<T> make) {
        List<String> inserted = db.inContext(() -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(idOf(dao, dao.insert(make.apply(i))));
            }
            return rendered(db, dao, ids);
        });
        db.inContext(() -> db.session().dsl().deleteFrom(dao.table()).execute());
        List<T> given = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            given.add(make.apply(i));
        }
        List<String> bulk = db.inContext(() -> {
            List<T> stored = dao.insertAll(given);
            List<RecordedQuery> recorded = db.recordedQueries();
            String last = recorded.get(recorded.size() - 1).statement();
            assertTrue(last.startsWith("copy "), "the rows went in by COPY: " + last);
            List<Long> ids = new ArrayList<>();
            for (T entity : stored) {
                ids.add(idOf(dao, entity));
            }
            return rendered(db, dao, ids);
        });
        for (int i = 0; i < count; i++) {
            assertEquals(inserted.get(i), bulk.get(i), dao.table().getName() + " row " + i);
        }
        db.inContext(() -> db.session().dsl().deleteFrom(dao.table()).execute());
    }

    private static <T> Long idOf(AbstractDao<T, Long> dao, T entity) {
        return (Long) dao.toRecord(entity).get(dao.table().idField());
    }

    /** PostgreSQL's rendering of each row, without its id, in the order of {@code ids}. */
    private static List<String> rendered(Database db, AbstractDao<?, Long> dao, List<Long> ids) {
        java.util.Map<Long, String> byId = new java.util.HashMap<>();
        for (org.jooq.Record row : db.session().dsl().fetch(
                "select t.\"id\", (to_jsonb(t) - 'id')::text from {0} t", dao.table())) {
            byId.put(row.get(0, Long.class), row.get(1, String.class));
        }
        assertEquals(ids.size(), byId.size(), "one row per entity");
        List<String> rendered = new ArrayList<>();
        for (Long id : ids) {
            rendered.add(byId.get(id));
        }
        return rendered;
    }

    private static Sample sample(int i) {
        Sample s = new Sample();
        s.primitiveLong = LONGS[i % LONGS.length];
        s.primitiveInt = INTS[i % INTS.length];
        s.primitiveShort = SHORTS[i % SHORTS.length];
        s.primitiveBoolean = i % 2 == 0;
        s.primitiveDouble = DOUBLES[i % DOUBLES.length];
        s.primitiveFloat = FLOATS[i % FLOATS.length];
        s.boxedLong = i % 7 == 6 ? null : LONGS[(i + 1) % LONGS.length];
        s.boxedInt = i % 7 == 5 ? null : INTS[(i + 1) % INTS.length];
        s.boxedShort = i % 7 == 4 ? null : SHORTS[(i + 1) % SHORTS.length];
        s.boxedBoolean = i % 3 == 2 ? null : i % 3 == 1;
        s.boxedDouble = i % 7 == 3 ? null : DOUBLES[(i + 5) % DOUBLES.length];
        s.boxedFloat = i % 7 == 2 ? null : FLOATS[(i + 5) % FLOATS.length];
        s.text = at(TEXTS, i);
        s.amount = decimal(at(DECIMALS, i));
        s.instant = at(INSTANTS, i);
        s.date = at(DATES, i);
        s.dateTime = at(DATE_TIMES, i);
        s.uuid = at(UUIDS, i);
        s.bytes = at(BYTES, i);
        s.level = at(LEVELS, i);
        return s;
    }

    private static Sample withText(Sample sample, String text) {
        sample.text = text;
        return sample;
    }

    /** {@code text}, cut to the 255 characters of a column without a declared length. */
    private static String upTo255(String text) {
        return text == null || text.length() <= 255 ? text : text.substring(0, 255);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static <V> V at(V[] values, int i) {
        return values[i % values.length];
    }

    private static byte[] everyByte() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
