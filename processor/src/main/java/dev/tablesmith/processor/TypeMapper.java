package dev.tablesmith.processor;

import dev.tablesmith.processor.model.ColumnType;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Decides which {@link ColumnType} a Java type maps to, if any. */
public final class TypeMapper {
    private TypeMapper() {
    }

    public static Optional<ColumnType> columnType(TypeMirror type) {
        return Optional.ofNullable(switch (type.getKind()) {
            case LONG -> ColumnType.LONG;
            case INT -> ColumnType.INT;
            case SHORT -> ColumnType.SHORT;
            case BOOLEAN -> ColumnType.BOOLEAN;
            case DOUBLE -> ColumnType.DOUBLE;
            case FLOAT -> ColumnType.FLOAT;
            case ARRAY -> ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE ? ColumnType.BYTES : null;
            case DECLARED -> declared((DeclaredType) type);
            default -> null;
        });
    }

    private static ColumnType declared(DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        if (element.getKind() == ElementKind.ENUM) {
            return ColumnType.ENUM;
        }
        String name = element.getQualifiedName().toString();
        for (ColumnType candidate : ColumnType.values()) {
            if (name.equals(candidate.boxed())) {
                return candidate;
            }
        }
        return null;
    }
}
