package dev.tablesmith.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How fields become columns: inherited mixin fields, accessors, and nullability from annotations of any package. */
class ModelLanguageTest {

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(TablesmithProcessor.processors())
                .withOptions("-Xlint:all", "-Werror", "-Atablesmith.quotedNameWarnings=false")
                .compile(sources);
    }

    @Test
    void fieldsOfANonModelSuperclassAreColumnsReachedThroughItsAccessors() {
        JavaFileObject mixin = JavaFileObjects.forSourceLines("com.example.base.Timestamped",
                "package com.example.base;",
                "public abstract class Timestamped {",
                "    private java.time.Instant createdAt;",
                "    public java.time.Instant getCreatedAt() { return createdAt; }",
                "    public void setCreatedAt(java.time.Instant createdAt) { this.createdAt = createdAt; }",
                "}");
        JavaFileObject article = JavaFileObjects.forSourceLines("com.example.Article",
                "package com.example;",
                "import dev.tablesmith.*;",
                "@Model public class Article extends com.example.base.Timestamped {",
                "    @Id Long id;",
                "    private boolean published;",
                "    public boolean isPublished() { return published; }",
                "    public void setPublished(boolean published) { this.published = published; }",
                "}");
        Compilation compilation = compile(mixin, article);
        assertThat(compilation).succeededWithoutWarnings();
        String table = Golden.generated(compilation, "com.example.ArticleTable");
        assertThat(table).contains("CREATED_AT = column(\"created_at\"");
        String dao = Golden.generated(compilation, "com.example.ArticleDao");
        assertThat(dao).contains("entity.setCreatedAt(");
        assertThat(dao).contains("entity.getCreatedAt()");
        assertThat(dao).contains("entity.isPublished()");
    }

    @Test
    void nonNullAnnotationsOfAnyPackageMakeAColumnNotNull() {
        JavaFileObject annotation = JavaFileObjects.forSourceLines("org.example.validation.NotNull",
                "package org.example.validation;",
                "import java.lang.annotation.*;",
                "@Target({ElementType.FIELD, ElementType.TYPE_USE}) @Retention(RetentionPolicy.CLASS)",
                "public @interface NotNull {}");
        JavaFileObject model = JavaFileObjects.forSourceLines("com.example.Tag",
                "package com.example;",
                "import dev.tablesmith.*;",
                "@Model public class Tag {",
                "    @Id Long id;",
                "    @org.example.validation.NotNull String name;",
                "    String note;",
                "}");
        // Not compile(...): javac's -Xlint:processing rightly notes that nothing claims the user's own annotation.
        Compilation compilation = javac().withProcessors(TablesmithProcessor.processors()).compile(annotation, model);
        assertThat(compilation).succeeded();
        String table = Golden.generated(compilation, "com.example.TagTable");
        assertThat(table).contains("column(\"name\", SQLDataType.VARCHAR(255).nullable(false))");
        assertThat(table).contains("column(\"note\", SQLDataType.VARCHAR(255))");
    }
}
