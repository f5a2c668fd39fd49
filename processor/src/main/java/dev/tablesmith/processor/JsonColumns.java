package dev.tablesmith.processor;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.processor.model.ColumnType;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Checks a property declared {@code @Json}: it must be a {@code String}, and, since MariaDB/MySQL keep JSON in a
 * {@code longtext} that no key or index covers whole, it cannot be the id, unique or indexed. Reports each problem
 * on the property's {@code @Json}.
 */
final class JsonColumns {
    private JsonColumns() {
    }

    /** Whether {@code property}, of the mapped {@code type}, may be a JSON column; reports why not. */
    static boolean check(ErrorReporter errors, Element element, AnnotationMirror json, Property property,
            Optional<ColumnType> type) {
        if (type.orElse(null) != ColumnType.STRING) {
            errors.error(element, json, Message.JSON_TYPE, property.name(), property.type());
            return false;
        }
        Column column = element.getAnnotation(Column.class);
        String key = element.getAnnotation(Id.class) != null ? "the @Id"
                : column != null && column.unique() ? "@Column(unique = true)"
                : column != null && column.index() ? "@Column(index = true)" : null;
        if (key != null) {
            errors.error(element, json, Message.JSON_KEY, property.name(), key);
            return false;
        }
        return true;
    }
}
