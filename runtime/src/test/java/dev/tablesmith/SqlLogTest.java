package dev.tablesmith;

import static dev.tablesmith.Notes.NoteTable.NOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Notes.Note;
import dev.tablesmith.Notes.NoteDao;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * The {@code dev.tablesmith.sql} logger: every statement at DEBUG, slow ones at WARN, nothing and no per-statement
 * work when it is off. DAO calls, {@code where(...)} queries and {@code session.dsl()} queries alike.
 */
class SqlLogTest {
    private static final String SQL = "dev.tablesmith.sql";

    @AfterEach
    void quiet() {
        CapturedLogs.level(SQL, null);
        CapturedLogs.take();
    }

    private static void work(Database db, NoteDao notes) {
        db.inContext(() -> {
            notes.insert(new Note("n1", "first"));
            notes.findById("n1");
            notes.where(NOTE.TEXT.eq("first")).list();
            db.session().dsl().fetchCount(NOTE);
        });
    }

    @Test
    void atDebugEveryStatementIsLoggedWithItsParametersDurationAndCallingLine() {
        try (Database db = Database.builder().inMemory().models(NOTE).build()) {
            db.createAll();
            CapturedLogs.level(SQL, Level.DEBUG);
            work(db, new NoteDao(db));
            List<CapturedLogs.Line> lines = CapturedLogs.take();
            assertEquals(4, lines.size(), lines.toString());
            assertTrue(lines.stream().allMatch(l -> l.level() == Level.DEBUG && l.message().matches(
                    "\\d+\\.\\d{3} ms: .+ at SqlLogTest\\.java:\\d+ \\(lambda\\$work\\$0\\)")), lines.toString());
            assertTrue(lines.get(0).message().contains("insert into \"note\"") && lines.get(0).message()
                    .contains("[n1, first]"), lines.get(0).message());
            assertTrue(lines.get(2).message().contains("where \"note\".\"text\" = ")
                    && lines.get(2).message().contains("[first]"), lines.get(2).message());
            assertTrue(lines.get(3).message().contains("count(*)"), lines.get(3).message());
        }
    }

    @Test
    void aSlowQueryThresholdWarnsOfSlowStatementsOnly() {
        try (Database db = Database.builder().inMemory().models(NOTE).slowQueryThreshold(Duration.ZERO).build()) {
            db.createAll();
            CapturedLogs.level(SQL, Level.WARN);
            work(db, new NoteDao(db));
            List<CapturedLogs.Line> lines = CapturedLogs.take();
            assertEquals(4, lines.size(), "every statement takes at least zero: " + lines);
            assertTrue(lines.stream().allMatch(l -> l.level() == Level.WARN
                    && l.message().startsWith("Slow statement (")), lines.toString());
        }
        try (Database db = Database.builder().inMemory().models(NOTE).slowQueryThreshold(Duration.ofHours(1))
                .build()) {
            db.createAll();
            CapturedLogs.level(SQL, Level.WARN);
            work(db, new NoteDao(db));
            assertEquals(List.of(), CapturedLogs.take(), "nothing takes an hour");
        }
    }

    @Test
    void whenTheLoggerIsOffNothingIsLoggedAndNoStatementIsTimed() {
        try (Database db = Database.builder().inMemory().models(NOTE).build()) {
            db.createAll();
            work(db, new NoteDao(db));
            assertEquals(List.of(), CapturedLogs.take());
            db.inContext(() -> {
                assertFalse(db.session().observes());
                assertEquals(0L, db.session().startTimer(), "the clock is not read");
            });
        }
    }
}
