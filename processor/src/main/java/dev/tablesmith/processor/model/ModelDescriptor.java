package dev.tablesmith.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * Everything the writers and the schema stage need to know about one model, every name already resolved by the
 * reading stage. The {@link TypeElement} is kept only to report errors on it and to declare it as the generated
 * files' originating element.
 *
 * @param element          the model class or record
 * @param modelClass       its name
 * @param tableClass       the generated table class: the top-level {@code XTable} in the model's package
 * @param daoClass         the generated DAO class: the top-level {@code XDao} in the model's package
 * @param providerClass    the table class's nested {@code Provider}, listed for {@code Database.createAll()}
 * @param tableConstant    the name of the table constant in {@code XTable}
 * @param table            the table name
 * @param bind             the bind it lives in; empty for the default database
 * @param columns          the columns, in table order
 * @param construction     how generated code creates instances
 * @param constructorOrder for {@link Construction#CONSTRUCTOR}, the properties in parameter order
 * @param indexes          the indexes (composite and single-column)
 * @param relations        the {@code @Related} properties, which are not columns
 */
public record ModelDescriptor(TypeElement element, ClassName modelClass, ClassName tableClass, ClassName daoClass,
        ClassName providerClass, String tableConstant, String table, String bind, List<ColumnDescriptor> columns,
        Construction construction, List<String> constructorOrder, List<IndexDescriptor> indexes,
        List<RelationDescriptor> relations) {

    /** How generated code creates an instance of the model. */
    public enum Construction {
        /** {@code new X()} and then fields or setters. */
        NO_ARG,
        /** One constructor call with every column (records and immutable classes). */
        CONSTRUCTOR
    }

    public ModelDescriptor {
        columns = List.copyOf(columns);
        constructorOrder = List.copyOf(constructorOrder);
        indexes = List.copyOf(indexes);
        relations = List.copyOf(relations);
    }

    /** The primary-key column; of a composite key, its first column. */
    public ColumnDescriptor id() {
        return columns.stream().filter(ColumnDescriptor::id).findFirst().orElseThrow();
    }

    /** The primary-key columns, in declaration order: one, or several for a composite key. */
    public List<ColumnDescriptor> ids() {
        return columns.stream().filter(ColumnDescriptor::id).toList();
    }

    /** Whether several {@code @Id} fields make a composite primary key. */
    public boolean compositeKey() {
        return ids().size() > 1;
    }

    /** The optimistic-locking column, if any. */
    public Optional<ColumnDescriptor> version() {
        return columns.stream().filter(ColumnDescriptor::version).findFirst();
    }

    /** The relation of property {@code property}, if it is one. */
    public Optional<RelationDescriptor> relation(String property) {
        return relations.stream().filter(r -> r.property().equals(property)).findFirst();
    }

    /** The column named {@code name}, such as one an index lists. */
    public ColumnDescriptor column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + name + " in " + table));
    }
}
