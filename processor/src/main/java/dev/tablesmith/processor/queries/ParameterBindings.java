package dev.tablesmith.processor.queries;

import com.palantir.javapoet.TypeName;
import dev.tablesmith.processor.ErrorReporter;
import dev.tablesmith.processor.Message;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.VariableElement;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.QOM;

/**
 * How each parameter of a query is bound, from the columns it meets ({@link ParameterColumns}). A parameter that
 * meets {@code @Convert} columns and has their Java type (a {@code Money} compared with a {@code Money} column) is
 * bound through their converter, the one the rows are read with, whether or not its type is also one Tablesmith maps
 * (an enum stored through a converter); any other of a mapped type is bound as that type, as a database value. A
 * parameter that meets no column directly (inside a function, say) is bound as its mapped type; of a type Tablesmith
 * does not map, through the one converter of that type among the tables the query names. Whatever is left unclear is
 * an error on the parameter, never a guess.
 */
final class ParameterBindings {
    private final ErrorReporter errors;

    ParameterBindings(ErrorReporter errors) {
        this.errors = errors;
    }

    /** A column a parameter meets, and its model. */
    private record Met(ModelDescriptor model, ColumnDescriptor column) {

        String describe() {
            return model.modelClass().simpleName() + "." + column.declaredAs()
                    + (column.converter() == null ? " as stored" : " through " + column.converter());
        }
    }

    /**
     * {@code method} with the binding of each parameter settled against {@code query}, whose tables are those of
     * {@code named}; empty after reporting every parameter that cannot be bound.
     */
    Optional<QueryMethod> settle(QueryMethod method, Query query, List<ModelDescriptor> named) {
        Map<String, List<TableField<?, ?>>> met = ParameterColumns.of(query);
        List<? extends VariableElement> elements = method.element().getParameters();
        List<QueryMethod.Parameter> settled = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < method.parameters().size(); i++) {
            QueryMethod.Parameter parameter = method.parameters().get(i);
            List<Met> columns = resolve(met.getOrDefault(parameter.name().toLowerCase(Locale.ROOT), List.of()),
                    named);
            Optional<QueryMethod.Parameter> one = settle(method, parameter, elements.get(i), columns, named);
            one.ifPresent(settled::add);
            valid &= one.isPresent();
        }
        return valid ? Optional.of(new QueryMethod(method.element(), method.annotation(), method.sqlValue(),
                method.sql(), settled, method.shape(), method.target())) : Optional.empty();
    }

    private Optional<QueryMethod.Parameter> settle(QueryMethod method, QueryMethod.Parameter parameter,
            VariableElement element, List<Met> columns, List<ModelDescriptor> named) {
        TypeName type = parameter.javaType().box();
        List<Met> ofItsType = columns.stream()
                .filter(m -> m.column().converter() != null && m.column().javaType().box().equals(type)).toList();
        if (!columns.isEmpty() && !ofItsType.isEmpty()) {
            boolean oneConverter = ofItsType.size() == columns.size() && ofItsType.stream()
                    .map(m -> m.column().converter()).distinct().count() == 1;
            if (oneConverter) {
                return Optional.of(through(parameter, ofItsType.get(0)));
            }
            return unclear(method, parameter, element, columns);
        }
        if (parameter.type() != null) {
            return Optional.of(parameter); // a mapped type, bound as the database value it is
        }
        if (!columns.isEmpty()) {
            return refused(method, parameter, element);
        }
        List<Met> candidates = new ArrayList<>();
        for (ModelDescriptor model : named) {
            for (ColumnDescriptor column : model.columns()) {
                if (column.converter() != null && column.javaType().box().equals(type)
                        && candidates.stream().noneMatch(c -> c.column().converter().equals(column.converter()))) {
                    candidates.add(new Met(model, column));
                }
            }
        }
        if (candidates.size() == 1) {
            return Optional.of(through(parameter, candidates.get(0)));
        }
        return candidates.isEmpty() ? refused(method, parameter, element)
                : unclear(method, parameter, element, candidates);
    }

    private static QueryMethod.Parameter through(QueryMethod.Parameter parameter, Met met) {
        return new QueryMethod.Parameter(parameter.name(), parameter.javaType(), met.column().type(),
                new QueryMethod.ConvertedBy(met.model(), met.column()));
    }

    private Optional<QueryMethod.Parameter> unclear(QueryMethod method, QueryMethod.Parameter parameter,
            VariableElement element, List<Met> columns) {
        errors.error(element, Message.QUERY_PARAMETER_CONVERTERS, parameter.name(), method.describe(),
                element.asType(), columns.stream().map(Met::describe).distinct().toList());
        return Optional.empty();
    }

    private Optional<QueryMethod.Parameter> refused(QueryMethod method, QueryMethod.Parameter parameter,
            VariableElement element) {
        errors.error(element, Message.QUERY_PARAMETER_TYPE, parameter.name(), method.describe(), element.asType(),
                dev.tablesmith.processor.model.ColumnType.supportedList());
        return Optional.empty();
    }

    /** The models' columns that {@code fields} are, through table aliases. */
    private static List<Met> resolve(List<TableField<?, ?>> fields, List<ModelDescriptor> named) {
        List<Met> met = new ArrayList<>();
        for (TableField<?, ?> field : fields) {
            Table<?> table = field.getTable() instanceof QOM.TableAlias<?> alias ? alias.$table() : field.getTable();
            if (table == null) {
                continue;
            }
            for (ModelDescriptor model : named) {
                if (model.table().equalsIgnoreCase(table.getName())) {
                    model.columns().stream().filter(c -> c.name().equalsIgnoreCase(field.getName())).findFirst()
                            .ifPresent(column -> met.add(new Met(model, column)));
                }
            }
        }
        return met;
    }
}
