package dev.tablesmith.processor.queries;

import dev.tablesmith.processor.ErrorReporter;
import dev.tablesmith.processor.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Field;

/**
 * Matches a select's result columns to the slots of the method's {@link ResultTarget}: by name for a model or a
 * projection (each column fills one slot, each slot needs one column), the only column for a single value; and
 * checks that each column's type can be read into its slot's type.
 */
final class ResultColumns {
    private final ErrorReporter errors;
    private final QueryMethod method;

    ResultColumns(ErrorReporter errors, QueryMethod method) {
        this.errors = errors;
        this.method = method;
    }

    /** For each slot, its 1-based column; empty after reporting a mismatch. */
    Optional<List<Integer>> match(List<Field<?>> columns) {
        ResultTarget target = method.target();
        List<ResultTarget.Slot> slots = target.slots();
        Integer[] matched = new Integer[slots.size()];
        boolean valid = true;
        List<String> names = columns.stream().map(Field::getName).toList();
        for (int c = 0; c < columns.size(); c++) {
            int slot = target.kind() == ResultTarget.Kind.SCALAR ? (c == 0 ? 0 : -1) : free(slots, matched, names.get(c));
            if (slot < 0) {
                error(Message.QUERY_UNMATCHED_COLUMN, method.describe(), names.get(c), target.describe(),
                        slots.stream().map(ResultTarget.Slot::name).toList());
                valid = false;
                continue;
            }
            matched[slot] = c + 1;
            Class<?> type = columns.get(c).getType();
            ResultTarget.Slot filled = slots.get(slot);
            if (!ColumnReadability.readable(type, filled.type())) {
                error(Message.QUERY_COLUMN_TYPE, method.describe(), names.get(c), type.getSimpleName(),
                        target.kind() == ResultTarget.Kind.SCALAR ? "the single value" : filled.name(),
                        filled.javaType());
                valid = false;
            }
        }
        for (int s = 0; s < slots.size(); s++) {
            if (matched[s] == null) {
                error(Message.QUERY_MISSING_COLUMN, method.describe(), slots.get(s).name(), target.describe(), names);
                valid = false;
            }
        }
        if (!valid) {
            return Optional.empty();
        }
        List<Integer> positions = new ArrayList<>();
        for (Integer position : matched) {
            positions.add(position);
        }
        return Optional.of(positions);
    }

    /** The first slot named like {@code column} that no earlier column filled, or -1. */
    private static int free(List<ResultTarget.Slot> slots, Integer[] matched, String column) {
        for (int s = 0; s < slots.size(); s++) {
            if (matched[s] == null && slots.get(s).matches(column)) {
                return s;
            }
        }
        return -1;
    }

    private void error(Message message, Object... args) {
        errors.error(method.element(), method.annotation(), method.sqlValue(), message, args);
    }
}
