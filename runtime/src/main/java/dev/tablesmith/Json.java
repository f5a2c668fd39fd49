package dev.tablesmith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a {@code String} field as a JSON document: a native {@code jsonb} column on PostgreSQL, a {@code json}
 * column on MariaDB/MySQL (text the server checks), and unbounded text on H2 and SQLite. Every write through a DAO
 * or a generated table's field checks that the text is exactly one JSON value (RFC 8259) and refuses it otherwise
 * with an {@link InvalidValueException} naming the column, on every database.
 *
 * <p>The text is stored as given except on PostgreSQL, where {@code jsonb} keeps the document, not its spelling:
 * it reads back normalized (one space after {@code :} and {@code ,}, object keys sorted by length then bytes,
 * the last of duplicate keys). Compare documents, not their text, when the database may be PostgreSQL.
 * {@code @Column(length)} does not apply.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface Json {
}
