package dev.tablesmith.processor.queries;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.tablesmith.processor.GeneratedFiles;
import dev.tablesmith.processor.ModelRows;
import dev.tablesmith.processor.SnakeCase;
import dev.tablesmith.processor.model.ColumnType;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import org.jooq.SQLDialect;

/**
 * Writes {@code XImpl} for a {@code @Queries} interface {@code X}: per method, a {@code RenderedQuery} constant
 * holding the SQL of each dialect, the method itself (a binder lambda and a call into {@code AbstractQueries}), and
 * a row mapper reading the result columns by position into the method's result type.
 */
final class QueriesWriter {
    private static final ClassName ABSTRACT_QUERIES = ClassName.get("dev.tablesmith", "AbstractQueries");
    private static final ClassName DATABASE = ClassName.get("dev.tablesmith", "Database");
    private static final ClassName RENDERED_QUERY = ClassName.get("dev.tablesmith.generated", "RenderedQuery");
    private static final ClassName JDBC_TYPES = ClassName.get("dev.tablesmith.generated", "JdbcTypes");
    private static final ClassName SQL_DIALECT = ClassName.get(SQLDialect.class);

    private QueriesWriter() {
    }

    static JavaFile write(TypeElement queries, List<CompiledQuery> compiled) {
        ClassName iface = ClassName.get(queries);
        ClassName impl = ClassName.get(iface.packageName(), String.join("_", iface.simpleNames()) + "Impl");
        TypeSpec.Builder type = TypeSpec.classBuilder(impl)
                .addJavadoc("The queries of {@link $T}, checked and rendered for each database at compile time. "
                        + "Every call runs in the\nsession of the current context of the {@code Database} given to the "
                        + "constructor; the instance is stateless\nand may be shared.\n", iface)
                .addAnnotation(GeneratedFiles.generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ABSTRACT_QUERIES)
                .addSuperinterface(iface)
                .addOriginatingElement(queries)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(DATABASE, "database")
                        .addStatement("super(database)")
                        .build());
        Map<String, Long> overloads = compiled.stream().collect(java.util.stream.Collectors.groupingBy(
                q -> q.method().element().getSimpleName().toString(), java.util.stream.Collectors.counting()));
        Map<String, String> mappers = new java.util.HashMap<>();
        ImplMembers members = new ImplMembers();
        for (CompiledQuery query : compiled) {
            String methodName = query.method().element().getSimpleName().toString();
            // Overloads share a name: their constants and mappers are told apart by the method's position.
            String suffix = overloads.get(methodName) > 1 ? "_" + (compiled.indexOf(query) + 1) : "";
            String constant = SnakeCase.of(methodName).toUpperCase(Locale.ROOT) + suffix;
            type.addField(constant(constant, query, query.main()));
            if (!query.count().isEmpty()) {
                type.addField(constant(constant + "_COUNT", query, query.count()));
            }
            if (query.keyset() != null) {
                type.addField(constant(constant + "_AFTER", query, query.keyset().after()));
                type.addField(constant(constant + "_BEFORE", query, query.keyset().before()));
                type.addMethod(KeysetMethods.reader(query.keyset(), methodName + suffix.replace("_", "") + "Keys"));
                type.addMethod(KeysetMethods.binder(query.keyset(), methodName + suffix.replace("_", "")
                        + "BindKeys", members.of(query.keyset().model())));
            }
            String mapper = null;
            if (query.method().target() != null && query.method().shape() != QueryMethod.Shape.ROW_COUNT) {
                // Queries reading the same type from the same columns share one mapper.
                String key = query.method().target().type() + " " + query.columns();
                mapper = mappers.get(key);
                if (mapper == null) {
                    mapper = methodName + "Row" + suffix.replace("_", "");
                    mappers.put(key, mapper);
                    type.addMethod(rowMapper(query, mapper, members));
                }
            }
            type.addMethod(method(query, constant, impl, mapper, methodName + suffix.replace("_", ""), members));
        }
        members.addTo(type);
        return JavaFile.builder(impl.packageName(), type.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private static FieldSpec constant(String name, CompiledQuery query, Map<SQLDialect, CompiledQuery.Rendering> sql) {
        ModelDescriptor table = query.table();
        CodeBlock.Builder builder = CodeBlock.builder().add("$T.builder($S, $T.$N)$>", RENDERED_QUERY,
                query.method().describe(), table.tableClass(), table.tableConstant());
        for (SQLDialect dialect : SqlCompiler.DIALECTS) {
            CompiledQuery.Rendering rendering = sql.get(dialect);
            List<CodeBlock> positions = new ArrayList<>();
            for (int[] at : rendering.positions()) {
                positions.add(CodeBlock.of("new int[] {$L}", String.join(", ",
                        java.util.Arrays.stream(at).mapToObj(String::valueOf).toList())));
            }
            builder.add("\n.sql($T.$L, $S", SQL_DIALECT, dialect.name(), rendering.sql());
            for (CodeBlock position : positions) {
                builder.add(", $L", position);
            }
            builder.add(")");
        }
        return FieldSpec.builder(RENDERED_QUERY, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(builder.add("\n.build()$<").build()).build();
    }

    /**
     * The method; {@code helpers} prefixes the names of a cursor page's key reader and key binder, and
     * {@code members} declares the converters of converted parameters.
     */
    private static MethodSpec method(CompiledQuery query, String constant, ClassName impl, String mapper,
            String helpers, ImplMembers members) {
        QueryMethod method = query.method();
        MethodSpec.Builder spec = MethodSpec.overriding(method.element());
        // The binder's own names must not hide the method's parameters it captures.
        NameAllocator names = new NameAllocator();
        method.element().getParameters().forEach(p -> names.newName(p.getSimpleName().toString(), p));
        String ps = names.newName("ps");
        String types = names.newName("types");
        String at = names.newName("at");
        String i = names.newName("i");
        CodeBlock.Builder binder = CodeBlock.builder().add("($N, $N, $N) -> {\n$>", ps, types, at);
        List<CodeBlock> values = new ArrayList<>();
        for (int p = 0; p < method.parameters().size(); p++) {
            QueryMethod.Parameter parameter = method.parameters().get(p);
            CodeBlock value = CodeBlock.of("$N", parameter.name());
            QueryMethod.ConvertedBy converted = parameter.converted();
            if (converted != null) {
                value = ModelRows.toDatabase(converted.column(), value, members.of(converted.model()));
            }
            binder.add("for (int $N : $N[$L]) $L;\n", i, at, p, bind(parameter.type(),
                    parameter.javaType().isPrimitive() && converted == null, value, ps, types, i));
            values.add(CodeBlock.of("$N", parameter.name()));
        }
        CodeBlock bind = method.parameters().isEmpty() ? CodeBlock.of("NO_PARAMETERS") : binder.add("$<}").build();
        CodeBlock rest = values.isEmpty() ? CodeBlock.of("") : CodeBlock.of(", $L", CodeBlock.join(values, ", "));
        CodeBlock rows = mapper == null ? null : CodeBlock.of("$T::$N", impl, mapper);
        var parameters = method.element().getParameters();
        switch (method.shape()) {
            case ONE -> spec.addStatement("return one($N, $L, $L$L)", constant, rows, bind, rest);
            case OPTIONAL -> spec.addStatement("return optional($N, $L, $L$L)", constant, rows, bind, rest);
            case LIST -> spec.addStatement("return list($N, $L, $L$L)", constant, rows, bind, rest);
            case STREAM -> spec.addStatement("return stream($N, $L, $L$L)", constant, rows, bind, rest);
            case PAGE -> spec.addStatement("return page($N, $N, $L, $L, $N, $N$L)", constant, constant + "_COUNT",
                    rows, bind, parameters.get(parameters.size() - 2).getSimpleName().toString(),
                    parameters.get(parameters.size() - 1).getSimpleName().toString(), rest);
            case CURSORED_PAGE -> {
                spec.addStatement("return cursored($N, $N, $N,\n$>$L,\n$L, $T::$N, $T::$N,\n$L, $N, $N$L)$<",
                        constant,
                        constant + "_AFTER", constant + "_BEFORE", KeysetMethods.fields(query.keyset()), rows,
                        impl, helpers + "Keys", impl, helpers + "BindKeys", bind,
                        parameters.get(parameters.size() - 2).getSimpleName().toString(),
                        parameters.get(parameters.size() - 1).getSimpleName().toString(), rest);
            }
            case ROW_COUNT -> {
                String returned = method.element().getReturnType().getKind().name();
                if (returned.equals("VOID")) {
                    spec.addStatement("update($N, $L$L)", constant, bind, rest);
                } else if (returned.equals("INT")) {
                    spec.addStatement("return $T.toIntExact(update($N, $L$L))", Math.class, constant, bind, rest);
                } else {
                    spec.addStatement("return update($N, $L$L)", constant, bind, rest);
                }
            }
        }
        return spec.build();
    }

    private static MethodSpec rowMapper(CompiledQuery query, String name, ImplMembers members) {
        ResultTarget target = query.method().target();
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(target.type().isPrimitive() ? target.type().box() : target.type())
                .addParameter(ResultSet.class, "rs")
                .addParameter(JDBC_TYPES, "types")
                .addException(SQLException.class);
        if (target.kind() == ResultTarget.Kind.MODEL) {
            // As the model's DAO reads it (converters, embedded values, constructor or writes), by result position.
            ModelDescriptor model = target.model();
            ModelRows.Members names = members.of(model);
            return ModelRows.construct(model, method, column -> ModelRows.get(column,
                    CodeBlock.of("$L", query.columns().get(model.columns().indexOf(column))), names), names).build();
        }
        List<CodeBlock> values = new ArrayList<>();
        for (int s = 0; s < target.slots().size(); s++) {
            values.add(read(target.slots().get(s), query.columns().get(s)));
        }
        return target.kind() == ResultTarget.Kind.SCALAR ? method.addStatement("return $L", values.get(0)).build()
                : method.addStatement("return new $T(\n$>$L$<)", target.type(), CodeBlock.join(values, ",\n")).build();
    }

    /** Reads a projection's or single value's slot, or a cursor's key, as the column's database type. */
    static CodeBlock read(ResultTarget.Slot slot, int column) {
        if (slot.javaType().isPrimitive()) {
            return CodeBlock.of("rs.get$L($L)", slot.type().jdbcSuffix(), column);
        }
        if (slot.type() == ColumnType.ENUM) {
            return CodeBlock.of("types.getEnum(rs, $L, $T::valueOf)", column, slot.javaType());
        }
        return CodeBlock.of("types.get$L(rs, $L)", slot.type().jdbcSuffix(), column);
    }

    /** Binds a parameter at placeholder {@code i}: integral and boolean primitives through JDBC, the rest through JdbcTypes. */
    static CodeBlock bind(ColumnType type, boolean primitive, CodeBlock value, String ps, String types,
            String i) {
        boolean floating = type == ColumnType.DOUBLE || type == ColumnType.FLOAT;
        if (primitive && !floating) {
            return CodeBlock.of("$N.set$L($N, $L)", ps, type.jdbcSuffix(), i, value);
        }
        return CodeBlock.of("$N.set$L($N, $N, $L)", types, type.jdbcSuffix(), ps, i, value);
    }
}
