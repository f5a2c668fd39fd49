package dev.tablesmith.processor.schema;

import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.IndexDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The canonical schema as JSON: tables sorted by bind and name, columns in table order, one fact per line, so that
 * a change to a model is a small, readable diff in review.
 */
public final class SchemaJson {
    private SchemaJson() {
    }

    public static String of(List<ModelDescriptor> models) {
        StringBuilder json = new StringBuilder("{\n  \"tables\": [");
        List<ModelDescriptor> sorted = models.stream()
                .sorted(Comparator.comparing(ModelDescriptor::bind).thenComparing(ModelDescriptor::table))
                .toList();
        for (int t = 0; t < sorted.size(); t++) {
            ModelDescriptor model = sorted.get(t);
            json.append(t == 0 ? "\n" : ",\n").append("    {\n")
                    .append("      \"name\": ").append(quote(model.table())).append(",\n")
                    .append("      \"bind\": ").append(quote(model.bind())).append(",\n")
                    .append("      \"model\": ").append(quote(model.modelClass().canonicalName())).append(",\n")
                    .append("      \"columns\": [");
            for (int c = 0; c < model.columns().size(); c++) {
                json.append(c == 0 ? "\n" : ",\n").append("        ").append(column(model.columns().get(c)));
            }
            json.append("\n      ],\n      \"primaryKey\": [")
                    .append(String.join(", ", model.ids().stream().map(c -> quote(c.name())).toList())).append("],\n")
                    .append("      \"unique\": [");
            List<ColumnDescriptor> unique = model.columns().stream().filter(c -> c.unique() && !c.id()).toList();
            for (int u = 0; u < unique.size(); u++) {
                json.append(u == 0 ? "" : ", ").append("[").append(quote(unique.get(u).name())).append("]");
            }
            json.append("],\n      \"foreignKeys\": [");
            List<ColumnDescriptor> references = model.columns().stream().filter(c -> c.reference() != null).toList();
            for (int r = 0; r < references.size(); r++) {
                var reference = references.get(r).reference();
                json.append(r == 0 ? "\n" : ",\n").append("        {\"name\": ").append(quote(reference.name()))
                        .append(", \"column\": ").append(quote(references.get(r).name()))
                        .append(", \"references\": ").append(quote(reference.targetModel().canonicalName()))
                        .append(", \"onDelete\": ").append(quote(reference.onDelete().name())).append("}");
            }
            json.append(references.isEmpty() ? "" : "\n      ").append("],\n      \"indexes\": [");
            for (int i = 0; i < model.indexes().size(); i++) {
                IndexDescriptor index = model.indexes().get(i);
                json.append(i == 0 ? "\n" : ",\n").append("        {\"name\": ").append(quote(index.name()))
                        .append(", \"unique\": ").append(index.unique()).append(", \"columns\": [")
                        .append(String.join(", ", index.columns().stream().map(SchemaJson::quote).toList()))
                        .append("]}");
            }
            json.append(model.indexes().isEmpty() ? "" : "\n      ").append("]\n    }");
        }
        return json.append(sorted.isEmpty() ? "" : "\n  ").append("]\n}\n").toString();
    }

    private static String column(ColumnDescriptor column) {
        return "{\"name\": " + quote(column.name()) + ", \"type\": " + quote(DataTypes.typeName(column))
                + ", \"nullable\": " + column.nullable()
                + (column.generated() ? ", \"generated\": true" : "")
                + (column.version() ? ", \"version\": true" : "")
                + (column.defaultValue().isEmpty() ? "" : ", \"default\": " + quote(column.defaultValue())) + "}";
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> quoted.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : c);
            }
        }
        return quoted.append('"').toString();
    }
}
