package dev.tablesmith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Commit positions survive their trip through a cookie, merge per bind, and refuse what a client made up. */
class CommitPositionTest {

    @Test
    void theDefaultDatabasesPositionReadsLikePostgresqlsOwn() {
        CommitPosition position = CommitPosition.NONE.with("", 0x1_6B37_4D48L);
        assertEquals("1/6B374D48", position.toString());
        assertEquals(position, CommitPosition.parse("1/6B374D48"));
        assertEquals(0x1_6B37_4D48L, CommitPosition.parseLsn("1/6b374d48"));
        assertEquals("0/0", CommitPosition.formatLsn(0));
        assertEquals("FFFFFFFF/FFFFFFFF", CommitPosition.formatLsn(-1));
    }

    @Test
    void everyBindKeepsItsOwnPositionAndAnyNameSurvivesTheTrip() {
        CommitPosition position = CommitPosition.NONE.with("analytics", 0x3000060L).with("", 0x16B3748L)
                .with("a.b~c d%é", 5);
        String text = position.toString();
        assertEquals("0/16B3748.a%2Eb%7Ec%20d%25%C3%A9~0/5.analytics~0/3000060", text);
        assertTrue(text.chars().allMatch(c -> c > 0x20 && c < 0x7F && c != ';' && c != ',' && c != '"'
                && c != '\\'), "cookie-safe: " + text);
        CommitPosition back = CommitPosition.parse(text);
        assertEquals(position, back);
        assertEquals(0x3000060L, back.in("analytics"));
        assertEquals(5, back.in("a.b~c d%é"));
        assertEquals(0, back.in("elsewhere"));
    }

    @Test
    void aPositionOnlyMovesForwardAndMergingKeepsTheLaterOfEach() {
        CommitPosition early = CommitPosition.NONE.with("", 100).with("x", 7);
        assertSame(early, early.with("", 50));
        CommitPosition other = CommitPosition.NONE.with("", 60).with("y", 3);
        CommitPosition merged = early.merge(other);
        assertEquals(100, merged.in(""));
        assertEquals(7, merged.in("x"));
        assertEquals(3, merged.in("y"));
        assertEquals(merged, other.merge(early));
        // Positions compare unsigned, as PostgreSQL's LSNs do.
        assertEquals(-1L, CommitPosition.NONE.with("", 1).with("", -1L).in(""));
    }

    @Test
    void noneIsTheEmptyText() {
        assertEquals("", CommitPosition.NONE.toString());
        assertSame(CommitPosition.NONE, CommitPosition.parse(""));
        assertTrue(CommitPosition.NONE.isNone());
        assertTrue(!CommitPosition.parse("0/1").isNone());
    }

    @Test
    void textsThatAreNoPositionAreRefusedSayingWhatOneLooksLike() {
        for (String bad : List.of("x", "1", "/1", "1/", "-1/2", "1/+2", "123456789/1", "1/123456789", "0/1.0/2",
                "~0/1", "a~0/1.a~0/2", "a b~0/1", "%4~0/1", "%zz~0/1", "0/1.", ".0/1", "０/1",
                "a".repeat(2000))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CommitPosition.parse(bad),
                    bad);
            assertTrue(e.getMessage().startsWith("Not a commit position") && e.getMessage().contains("0/16B3748"),
                    e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> CommitPosition.parse(null));
    }
}
