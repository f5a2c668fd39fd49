package dev.tablesmith.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A compilation whose class path has an older jOOQ (Spring Boot 4.0's parent manages 3.19) stops with one error that
 * gives the fix, instead of "cannot find symbol" errors in generated code. The older jOOQ is simulated by a source
 * {@code org.jooq.Constants} in the compilation, which takes the place of the class path's.
 */
class JooqVersionCheckTest {
    private static final JavaFileObject MODEL = JavaFileObjects.forSourceLines("com.example.Visitor",
            "package com.example;",
            "import dev.tablesmith.*;",
            "@Model public class Visitor { @Id Long id; String name; }");

    private static JavaFileObject jooqConstants(String version) {
        return JavaFileObjects.forSourceLines("org.jooq.Constants",
                "package org.jooq;",
                "public final class Constants { public static final String VERSION = \"" + version + "\"; }");
    }

    @Test
    void anOlderJooqStopsTheCompilationWithTheOneLineFix() {
        Compilation compilation = javac().withProcessors(TablesmithProcessor.processors())
                .compile(MODEL, jooqConstants("3.19.35"));
        assertThat(compilation).failed();
        assertThat(compilation.errors()).hasSize(1); // no "cannot find symbol" from code generated for this jOOQ
        assertThat(compilation).hadErrorContaining("[TablesmithJooqVersion] This compilation has jOOQ 3.19.35 on its "
                + "class path");
        assertThat(compilation).hadErrorContaining("add <jooq.version>" + org.jooq.Constants.VERSION
                + "</jooq.version> to the <properties> of your pom.xml");
    }

    @Test
    void thisBuildsJooqAndNewerOnesPass() {
        assertThat(javac().withProcessors(TablesmithProcessor.processors()).compile(MODEL)).succeeded();
        assertThat(JooqVersionCheck.olderMinor(org.jooq.Constants.VERSION, JooqVersionCheck.BUILT_WITH)).isFalse();
        assertThat(JooqVersionCheck.olderMinor("3.22.0", "3.21.9")).isFalse();
        assertThat(JooqVersionCheck.olderMinor("3.20.11", "3.21.9")).isTrue();
    }
}
