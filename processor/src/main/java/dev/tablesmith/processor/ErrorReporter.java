package dev.tablesmith.processor;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports catalogued messages on the narrowest element, and counts every error of the compilation, over all rounds.
 * One instance lives as long as the processor, so that whatever stage reports an error, the schema stage sees it
 * and does not write a schema, snapshot or migration from a half-read set of models. A model is generated only
 * when no error was reported since it was started.
 */
public final class ErrorReporter {
    private final Messager messager;
    private int errorCount;
    private int modelStart;

    ErrorReporter(Messager messager) {
        this.messager = messager;
    }

    public void error(Element element, Message message, Object... args) {
        errorCount++;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
    }

    public void error(Element element, AnnotationMirror annotation, Message message, Object... args) {
        errorCount++;
        if (annotation == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation);
        }
    }

    /** An error on one attribute of an annotation, such as a {@code @Column}'s {@code defaultValue}. */
    public void error(Element element, AnnotationMirror annotation, AnnotationValue value, Message message,
            Object... args) {
        if (annotation == null || value == null) {
            error(element, annotation, message, args);
            return;
        }
        errorCount++;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation, value);
    }

    /** An error of the whole compilation rather than of one element, such as a schema that drifted. */
    public void error(Message message, Object... args) {
        errorCount++;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args));
    }

    void warning(Element element, Message message, Object... args) {
        messager.printMessage(Diagnostic.Kind.WARNING, message.format(args), element);
    }

    void warning(Message message, Object... args) {
        messager.printMessage(Diagnostic.Kind.WARNING, message.format(args));
    }

    /** Tells the user something was done that they should know of, such as a snapshot written for them. */
    void note(String text) {
        messager.printMessage(Diagnostic.Kind.NOTE, text);
    }

    /**
     * Runs one stage's work on {@code element}; an unexpected exception becomes an error on it with its stack trace,
     * so javac never crashes because of the processor.
     */
    public void guard(Element element, Step step) {
        try {
            step.run();
        } catch (Exception | LinkageError | AssertionError e) {
            error(element, Message.INTERNAL_ERROR, element, trace(e));
        }
    }

    /**
     * Runs the schema stage: a file it cannot read or write (a schema folder that is a file, a read-only checkout,
     * a full disk) is the build's to fix, and the exception names the file; anything else is an internal error.
     */
    void guardSchema(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            error(Message.SCHEMA_FILES, e.getMessage() + " (" + e.getClass().getSimpleName() + ")");
        } catch (Exception | LinkageError | AssertionError e) {
            error(Message.INTERNAL_ERROR, "the schema", trace(e));
        }
    }

    private static String trace(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    /** A stage's work, which may throw anything. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    /** Starts a new model: from now on {@link #modelHasErrors()} tells whether this model has errors. */
    void startModel() {
        modelStart = errorCount;
    }

    /** Whether an error was reported since the last {@link #startModel()}. */
    boolean modelHasErrors() {
        return errorCount > modelStart;
    }

    /** The number of errors reported in this compilation so far, by every stage and in every round. */
    public int errorCount() {
        return errorCount;
    }
}
