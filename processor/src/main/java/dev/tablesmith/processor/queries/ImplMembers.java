package dev.tablesmith.processor.queries;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.tablesmith.processor.ModelRows;
import dev.tablesmith.processor.SnakeCase;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The converters and embedded-value factories a query implementation refers to when it reads models
 * ({@link ModelRows}): declared once each, only when some method uses them, and named after their model, since
 * one implementation may read several models with alike column names ({@code PRODUCT_PRICE_CONVERTER},
 * {@code newShipmentShipTo}).
 */
final class ImplMembers {
    private final NameAllocator names = new NameAllocator();
    /** The name of each member declared, by model and column or embedded property. */
    private final Map<String, String> declared = new HashMap<>();
    private final List<FieldSpec> converters = new ArrayList<>();
    private final List<MethodSpec> factories = new ArrayList<>();

    /** The names of {@code model}'s members, each declared on first use. */
    ModelRows.Members of(ModelDescriptor model) {
        String type = String.join("", model.modelClass().simpleNames());
        return new ModelRows.Members() {
            @Override
            public String converter(ColumnDescriptor column) {
                return declared.computeIfAbsent(model.modelClass().canonicalName() + "#" + column.name(), tag -> {
                    String name = names.newName(SnakeCase.of(type).toUpperCase(Locale.ROOT) + "_"
                            + column.fieldName() + "_CONVERTER");
                    converters.add(ModelRows.converterField(column, name));
                    return name;
                });
            }

            @Override
            public String factory(List<ColumnDescriptor> group) {
                String property = group.get(0).embedding().property();
                return declared.computeIfAbsent(model.modelClass().canonicalName() + "." + property, tag -> {
                    String name = names.newName(ModelRows.factoryName(type, group));
                    factories.add(ModelRows.factory(group, name));
                    return name;
                });
            }
        };
    }

    /** Declares the members used, converters first, each kind in order of first use. */
    void addTo(TypeSpec.Builder type) {
        converters.forEach(type::addField);
        factories.forEach(type::addMethod);
    }
}
