package dev.tablesmith.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** What every generated file carries. */
public final class GeneratedFiles {
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final String GENERATOR = "dev.tablesmith.processor.TablesmithProcessor";

    private GeneratedFiles() {
    }

    /** {@code @Generated("dev.tablesmith.processor.TablesmithProcessor")}, without a date so output is deterministic. */
    public static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build();
    }
}
