package dev.tablesmith.processor.property;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.AbstractDao;
import dev.tablesmith.Database;
import dev.tablesmith.ModelTable;
import dev.tablesmith.processor.TablesmithProcessor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random valid models — class or record, generated or assigned ids, every supported type, nullability, unique and
 * indexed columns — compile with the real processor (under -Xlint:all -Werror), their DDL runs on H2, and a row
 * of random values survives insert and findById. 5 tries of 100 models each: 500 models per run.
 */
class RandomModelsPropertyTest {
    private static final String PACKAGE = "gen.models";
    private static final int MODELS_PER_TRY = 100;

    @Property(tries = 5)
    void randomValidModelsCompileCreateTheirTablesAndRoundTripARow(
            @ForAll("batches") List<ModelSpec> models, @ForAll long seed) throws Exception {
        List<JavaFileObject> sources = new ArrayList<>();
        sources.add(JavaFileObjects.forSourceString(PACKAGE + ".Color",
                "package " + PACKAGE + ";\npublic enum Color { RED, GREEN, BLUE }\n"));
        for (ModelSpec model : models) {
            sources.add(JavaFileObjects.forSourceString(PACKAGE + "." + model.className(), model.source(PACKAGE)));
        }
        Compilation compilation = javac().withProcessors(TablesmithProcessor.processors())
                .withOptions("-Xlint:all", "-Werror", "-Atablesmith.quotedNameWarnings=false")
                .compile(sources);
        assertThat(compilation).succeededWithoutWarnings();

        CompiledClasses classes = new CompiledClasses(compilation);
        Class<?> color = classes.loadClass(PACKAGE + ".Color");
        List<ModelTable<?>> tables = new ArrayList<>();
        for (ModelSpec model : models) {
            tables.add(tableOf(classes.loadClass(PACKAGE + "." + model.className() + "Table")));
        }
        Random random = new Random(seed);
        try (Database db = Database.builder().inMemory().models(tables.toArray(new ModelTable<?>[0])).build()) {
            db.createAll();
            for (ModelSpec model : models) {
                roundTrip(db, classes, model, random, color);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void roundTrip(Database db, ClassLoader classes, ModelSpec model, Random random, Class<?> color)
            throws Exception {
        Class<?> type = classes.loadClass(PACKAGE + "." + model.className());
        AbstractDao<Object, Object> dao = (AbstractDao<Object, Object>) classes
                .loadClass(PACKAGE + "." + model.className() + "Dao").getConstructor(Database.class).newInstance(db);
        List<Object> values = new ArrayList<>();
        values.add(model.generatedId() ? null : RandomValues.of(model.idType().equals("long") ? "long"
                : "java.util.UUID", false, random, color));
        for (ModelSpec.FieldSpec field : model.fields()) {
            values.add(RandomValues.of(field.type(), field.nullable(), random, color));
        }
        Object entity = create(type, model, values);
        Object stored = db.inContext(() -> dao.insert(entity));
        Object id = read(stored, "id");
        assertTrue(id != null, () -> model.className() + " came back without an id");
        Object found = db.inContext(() -> dao.getById(id));
        for (int i = 0; i < model.fields().size(); i++) {
            String name = model.fields().get(i).name();
            Object expected = values.get(i + 1);
            Object actual = read(found, name);
            assertTrue(RandomValues.same(expected, actual), () -> model.className() + "." + name + " ("
                    + model.fields().get(finalIndex(name, model)).type() + ") wrote " + expected + " but read "
                    + actual + "\n" + model.source(PACKAGE));
        }
    }

    private static int finalIndex(String name, ModelSpec model) {
        for (int i = 0; i < model.fields().size(); i++) {
            if (model.fields().get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Object create(Class<?> type, ModelSpec model, List<Object> values) throws Exception {
        if (model.record()) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] parameterTypes = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                parameterTypes[i] = components[i].getType();
            }
            return type.getDeclaredConstructor(parameterTypes).newInstance(values.toArray());
        }
        Object entity = type.getDeclaredConstructor().newInstance();
        if (values.get(0) != null) {
            type.getField("id").set(entity, values.get(0));
        }
        for (int i = 0; i < model.fields().size(); i++) {
            Object value = values.get(i + 1);
            Field field = type.getField(model.fields().get(i).name());
            if (value != null || !field.getType().isPrimitive()) {
                field.set(entity, value);
            }
        }
        return entity;
    }

    private static Object read(Object entity, String name) throws Exception {
        if (entity.getClass().isRecord()) {
            return entity.getClass().getMethod(name).invoke(entity);
        }
        return entity.getClass().getField(name).get(entity);
    }

    private static ModelTable<?> tableOf(Class<?> tableClass) throws IllegalAccessException {
        for (Field field : tableClass.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == tableClass) {
                return (ModelTable<?>) field.get(null);
            }
        }
        throw new AssertionError("no table constant in " + tableClass);
    }

    @Provide
    Arbitrary<List<ModelSpec>> batches() {
        return shape().list().ofSize(MODELS_PER_TRY).map(RandomModelsPropertyTest::named);
    }

    /** A model without its names: kind, id type and fields. */
    private record Shape(boolean record, String idType, List<ModelSpec.FieldSpec> fields, String word) {
    }

    private Arbitrary<Shape> shape() {
        Arbitrary<ModelSpec.FieldSpec> field = Combinators.combine(
                Arbitraries.of(RandomValues.TYPES), Arbitraries.of(true, false), Arbitraries.integers().between(0, 9),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8))
                .as((type, nullable, flags, word) -> {
                    boolean indexable = !type.equals("byte[]");
                    boolean boxed = !Character.isLowerCase(type.charAt(0)) || type.equals("byte[]");
                    return new ModelSpec.FieldSpec(word, type, boxed && nullable, indexable && flags == 0,
                            indexable && flags == 1);
                });
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of("Long", "java.util.UUID", "long"),
                field.list().ofMinSize(1).ofMaxSize(8),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10))
                .as(Shape::new);
    }

    /** Gives every model and field a name that is unique (also after snake_case) and no reserved word. */
    private static List<ModelSpec> named(List<Shape> shapes) {
        List<ModelSpec> models = new ArrayList<>();
        for (int m = 0; m < shapes.size(); m++) {
            Shape shape = shapes.get(m);
            List<ModelSpec.FieldSpec> fields = new ArrayList<>();
            for (int f = 0; f < shape.fields().size(); f++) {
                ModelSpec.FieldSpec field = shape.fields().get(f);
                fields.add(new ModelSpec.FieldSpec("f" + f + capitalize(field.name()), field.type(),
                        field.nullable(), field.unique(), field.indexed()));
            }
            models.add(new ModelSpec("M" + m + capitalize(shape.word()), shape.record(), shape.idType(), fields));
        }
        return models;
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
