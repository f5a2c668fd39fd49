package dev.tablesmith.processor.schema;

import com.palantir.javapoet.ClassName;
import dev.tablesmith.ModelTable;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.IndexDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.ForeignKey;
import org.jooq.Identity;
import org.jooq.Index;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;

/**
 * The jOOQ table a model's generated {@code XTable} will be, built from its descriptor at compile time (when the
 * generated class cannot be loaded), so the processor renders exactly the DDL that {@code Database.createAll()}
 * runs. Foreign keys to models of other compilations are left out: their tables are not known here.
 */
public final class CompileTimeTable extends ModelTable<Object> {
    private static final long serialVersionUID = 1L;

    private final transient ModelDescriptor model;
    private final transient Map<ClassName, CompileTimeTable> tablesByModel;
    private final transient List<TableField<Record, ?>> columns = new ArrayList<>();

    public CompileTimeTable(ModelDescriptor model, Map<ClassName, CompileTimeTable> tablesByModel) {
        super(model.table(), Object.class, model.bind());
        this.model = model;
        this.tablesByModel = tablesByModel;
        for (ColumnDescriptor column : model.columns()) {
            columns.add(createField(DSL.name(column.name()), DataTypes.dataType(column), this));
        }
    }

    ModelDescriptor model() {
        return model;
    }

    private TableField<Record, ?> column(String name) {
        for (int i = 0; i < model.columns().size(); i++) {
            if (model.columns().get(i).name().equals(name)) {
                return columns.get(i);
            }
        }
        throw new IllegalArgumentException("no column " + name + " in " + model.table());
    }

    @Override
    public TableField<Record, ?> idField() {
        return column(model.id().name());
    }

    @Override
    public List<TableField<Record, ?>> idFields() {
        return model.ids().stream().<TableField<Record, ?>>map(id -> column(id.name())).toList();
    }

    @Override
    public TableField<Record, ?> versionField() {
        return model.version().map(v -> column(v.name())).orElse(null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Identity<Record, ?> getIdentity() {
        return model.id().generated() ? identity((TableField<Record, Object>) idField()) : null;
    }

    @Override
    public UniqueKey<Record> getPrimaryKey() {
        return primaryKey(idFields());
    }

    @Override
    public List<UniqueKey<Record>> getUniqueKeys() {
        List<UniqueKey<Record>> keys = new ArrayList<>();
        for (ColumnDescriptor column : model.columns()) {
            if (column.uniqueKey() != null) {
                keys.add(uniqueKey(column.uniqueKey(), List.of(column(column.name()))));
            }
        }
        return keys;
    }

    @Override
    public List<ForeignKey<Record, ?>> getReferences() {
        List<ForeignKey<Record, ?>> references = new ArrayList<>();
        for (ColumnDescriptor column : model.columns()) {
            var reference = column.reference();
            CompileTimeTable target = reference == null ? null : tablesByModel.get(reference.targetModel());
            if (target != null) {
                references.add(foreignKey(reference.name(), column(column.name()), target, reference.onDelete()));
            }
        }
        return references;
    }

    @Override
    public List<Index> getIndexes() {
        List<Index> indexes = new ArrayList<>();
        for (IndexDescriptor index : model.indexes()) {
            List<OrderField<?>> fields = new ArrayList<>();
            index.columns().forEach(name -> fields.add(column(name)));
            indexes.add(index(index.name(), index.unique(), fields));
        }
        return indexes;
    }
}
