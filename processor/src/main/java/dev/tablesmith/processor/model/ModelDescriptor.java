package dev.tablesmith.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Everything the writers need to know about one model. The {@link TypeElement} is kept only to report errors on
 * it and to declare it as the generated files' originating element.
 *
 * @param element          the model class or record
 * @param modelClass       its name
 * @param table            the table name
 * @param bind             the bind it lives in; empty for the default database
 * @param columns          the columns, in table order
 * @param construction     how generated code creates instances
 * @param constructorOrder for {@link Construction#CONSTRUCTOR}, the properties in parameter order
 * @param indexes          the indexes (composite and single-column)
 */
public record ModelDescriptor(TypeElement element, ClassName modelClass, String table, String bind,
        List<ColumnDescriptor> columns, Construction construction, List<String> constructorOrder,
        List<IndexDescriptor> indexes) {

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
    }

    /** The primary-key column. */
    public ColumnDescriptor id() {
        return columns.stream().filter(ColumnDescriptor::id).findFirst().orElseThrow();
    }

    /** The optimistic-locking column, if any. */
    public Optional<ColumnDescriptor> version() {
        return columns.stream().filter(ColumnDescriptor::version).findFirst();
    }

    /** The generated table class: the top-level {@code XTable} in the model's package. */
    public ClassName tableClass() {
        return ClassName.get(modelClass.packageName(), modelClass.simpleName() + "Table");
    }

    /** The generated DAO class: the top-level {@code XDao} in the model's package. */
    public ClassName daoClass() {
        return ClassName.get(modelClass.packageName(), modelClass.simpleName() + "Dao");
    }

    /** The name of the table constant in {@code XTable}. */
    public String tableConstant() {
        return tableConstant(table);
    }

    /** The table constant's name for a table name: its identifier-safe upper case. */
    public static String tableConstant(String table) {
        return javaIdentifier(table.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * {@code name} with every character that cannot appear in a Java identifier replaced by '_', and a '_' appended
     * when that leaves a keyword: a table named {@code _} or {@code -} would otherwise give the constant {@code _},
     * which Java reserves.
     */
    public static String javaIdentifier(String name) {
        StringBuilder identifier = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            identifier.append(i == 0 ? (Character.isJavaIdentifierStart(c) ? c : '_')
                    : (Character.isJavaIdentifierPart(c) ? c : '_'));
        }
        return SourceVersion.isKeyword(identifier) ? identifier.append('_').toString() : identifier.toString();
    }
}
