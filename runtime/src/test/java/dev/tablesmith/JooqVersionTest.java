package dev.tablesmith;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The start-up check against an older jOOQ, such as the one Spring Boot 4.0's dependency management picks. */
class JooqVersionTest {

    @Test
    void theJooqOfThisBuildPasses() {
        assertDoesNotThrow(JooqVersion::require);
        assertEquals(org.jooq.Constants.VERSION, JooqVersion.BUILT_WITH);
    }

    @Test
    void anOlderMinorVersionFailsWithTheOneLineFix() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> JooqVersion.check("3.19.35", "file:/app/BOOT-INF/lib/jooq-3.19.35.jar"));
        assertTrue(e.getMessage().contains("jOOQ 3.19.35 (file:/app/BOOT-INF/lib/jooq-3.19.35.jar)"), e.getMessage());
        assertTrue(e.getMessage().contains("add <jooq.version>" + JooqVersion.BUILT_WITH + "</jooq.version> to the "
                + "<properties>"), e.getMessage());
    }

    @Test
    void versionsCompareByMajorAndMinor() {
        assertTrue(JooqVersion.olderMinor("3.19.35", "3.21.9"));
        assertTrue(JooqVersion.olderMinor("3.20.11", "3.21.9"));
        assertTrue(JooqVersion.olderMinor("2.99.0", "3.21.9"));
        assertFalse(JooqVersion.olderMinor("3.21.0", "3.21.9"), "a patch release of the same minor version passes");
        assertFalse(JooqVersion.olderMinor("3.22.0-SNAPSHOT", "3.21.9"));
        assertFalse(JooqVersion.olderMinor("4.0.0", "3.21.9"));
        assertFalse(JooqVersion.olderMinor("unknown", "3.21.9"), "an unreadable version is not judged");
    }
}
