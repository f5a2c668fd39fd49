package dev.tablesmith.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.tablesmith.Id;
import dev.tablesmith.processor.model.ColumnType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads {@code @Convert(C.class)} on a property: finds the {@code org.jooq.Converter<DB, APP>} that {@code C}
 * implements, however indirectly, and checks that APP is the property's type, that DB is a type Tablesmith maps to a
 * column, and that generated code in the model's package can create {@code C} with {@code new C()}. Reports each
 * problem on the property's {@code @Convert}.
 */
final class ConverterReader {
    private static final String CONVERT = "dev.tablesmith.Convert";
    private static final String VERSION = "dev.tablesmith.Version";
    private static final String CONVERTER = "org.jooq.Converter";

    /** A valid converter: the column type of its database type, and the converter class. */
    record Converted(ColumnType type, TypeName converter) {
    }

    /** What {@link #read} returns for a {@code @Convert} with errors, already reported. */
    static final Converted INVALID = new Converted(null, null);

    private final Elements elements;
    private final Types types;
    private final ErrorReporter errors;

    ConverterReader(Elements elements, Types types, ErrorReporter errors) {
        this.elements = elements;
        this.types = types;
        this.errors = errors;
    }

    /** The property's converter; {@code null} when it has no {@code @Convert}, {@link #INVALID} when it is wrong. */
    Converted read(TypeElement model, Property property) {
        Element element = property.element();
        Optional<AnnotationMirror> mirror = Annotations.mirror(element, CONVERT);
        if (mirror.isEmpty()) {
            return null;
        }
        Optional<DeclaredType> value = Annotations.classValue(mirror.get(), "value");
        if (value.isEmpty()) {
            return INVALID; // javac reports the missing or unresolvable class itself
        }
        TypeElement converter = (TypeElement) value.get().asElement();
        if (element.getAnnotation(Id.class) != null || Annotations.mirror(element, VERSION).isPresent()) {
            errors.error(element, mirror.get(), Message.CONVERT_KEY, property.name());
            return INVALID;
        }
        List<? extends TypeMirror> arguments = converterArguments(converter.asType());
        if (arguments.size() != 2 || arguments.stream().anyMatch(a -> a.getKind() != TypeKind.DECLARED
                && a.getKind() != TypeKind.ARRAY)) {
            // @Convert's bound, Class<? extends Converter<?, ?>>, has javac refuse raw and generic converter classes.
            return INVALID;
        }
        TypeMirror database = arguments.get(0);
        TypeMirror user = arguments.get(1);
        if (!types.isSameType(user, property.type())) {
            errors.error(element, mirror.get(), Message.CONVERTER_USER_TYPE, property.name(), property.type(),
                    converter.getQualifiedName(), user);
            return INVALID;
        }
        Optional<ColumnType> column = TypeMapper.columnType(database)
                .filter(t -> t != ColumnType.ENUM && t.boxed() != null);
        if (column.isEmpty()) {
            errors.error(element, mirror.get(), Message.CONVERTER_DATABASE_TYPE, converter.getQualifiedName(),
                    database, ColumnType.supportedList().replace(", enums", ""));
            return INVALID;
        }
        if (!constructible(converter, elements.getPackageOf(model))) {
            errors.error(element, mirror.get(), Message.CONVERTER_CONSTRUCTOR, converter.getQualifiedName(),
                    elements.getPackageOf(model).getQualifiedName());
            return INVALID;
        }
        return new Converted(column.get(), ClassName.get(converter));
    }

    /** The type arguments of {@code org.jooq.Converter} as {@code type} implements it; empty when raw or absent. */
    private List<? extends TypeMirror> converterArguments(TypeMirror type) {
        for (TypeMirror supertype : types.directSupertypes(type)) {
            if (supertype instanceof DeclaredType declared
                    && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(CONVERTER)) {
                return declared.getTypeArguments();
            }
            List<? extends TypeMirror> found = converterArguments(supertype);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Whether code in {@code target} can evaluate {@code new C()} for the converter class {@code C}. */
    private boolean constructible(TypeElement converter, PackageElement target) {
        if (converter.getKind() != ElementKind.CLASS || converter.getModifiers().contains(Modifier.ABSTRACT)
                || (converter.getNestingKind() == NestingKind.MEMBER
                        && !converter.getModifiers().contains(Modifier.STATIC))
                || converter.getNestingKind() == NestingKind.LOCAL
                || converter.getNestingKind() == NestingKind.ANONYMOUS) {
            return false;
        }
        boolean samePackage = elements.getPackageOf(converter).equals(target);
        for (Element enclosing = converter; enclosing instanceof TypeElement;
                enclosing = enclosing.getEnclosingElement()) {
            if (!accessible(enclosing, samePackage)) {
                return false;
            }
        }
        for (ExecutableElement constructor : ElementFilter.constructorsIn(converter.getEnclosedElements())) {
            if (constructor.getParameters().isEmpty() && accessible(constructor, samePackage)) {
                return true;
            }
        }
        return false;
    }

    private static boolean accessible(Element element, boolean samePackage) {
        return element.getModifiers().contains(Modifier.PUBLIC)
                || samePackage && !element.getModifiers().contains(Modifier.PRIVATE);
    }
}
