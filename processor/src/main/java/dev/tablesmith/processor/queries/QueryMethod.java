package dev.tablesmith.processor.queries;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * One method of a {@code @Queries} interface as read from its signature. The elements are kept only so errors can
 * point at the annotation and its SQL.
 *
 * @param element    the method
 * @param annotation its {@code @Query} or {@code @Find}
 * @param sqlValue   the {@code @Query}'s SQL attribute, or {@code null} for a {@code @Find}
 * @param sql        the SQL of a {@code @Query}, or {@code null} for a {@code @Find}
 * @param parameters the parameters bound by name, without a {@code Page}'s or {@code CursoredPage}'s trailing pair
 * @param shape      how rows become the return value
 * @param target     what one row is read into; {@code null} for a row count
 */
record QueryMethod(ExecutableElement element, AnnotationMirror annotation, AnnotationValue sqlValue, String sql,
        List<Parameter> parameters, Shape shape, ResultTarget target) {

    QueryMethod {
        parameters = List.copyOf(parameters);
    }

    /** The method's name as messages show it: {@code TodoQueries.open}. */
    String describe() {
        return element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName();
    }

    /** Where errors about the tables it names are reported. */
    QueryTables.Site site() {
        return new QueryTables.Site(element, annotation, sqlValue, describe());
    }

    boolean isFind() {
        return sql == null;
    }

    /**
     * A method parameter bound by name, with the column type its value is bound as.
     *
     * @param type      the column type it is bound as; as read from the signature, that of its Java type, or null
     *                  when Tablesmith does not map that type, until {@link ParameterBindings} settles it
     * @param converted the {@code @Convert} column whose converter turns the value into {@code type}'s, when it is
     *                  bound through one; null when it is bound as it is
     */
    record Parameter(String name, com.palantir.javapoet.TypeName javaType,
            dev.tablesmith.processor.model.ColumnType type, ConvertedBy converted) {
    }

    /** The {@code @Convert} column {@code column} of {@code model}, whose converter binds a parameter. */
    record ConvertedBy(dev.tablesmith.processor.model.ModelDescriptor model,
            dev.tablesmith.processor.model.ColumnDescriptor column) {
    }

    /** How the rows of a query become the method's return value. */
    enum Shape {
        /** Exactly one row: a model, a projection or a single value. */
        ONE,
        OPTIONAL,
        LIST,
        STREAM,
        PAGE,
        /** Keyset pages: the trailing {@code (String cursor, int limit)} pair continues after or before a row. */
        CURSORED_PAGE,
        /** An insert, update or delete returning {@code int}, {@code long} or nothing. */
        ROW_COUNT
    }
}
