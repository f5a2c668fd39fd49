package dev.tablesmith.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports catalogued messages on the narrowest element, and remembers whether the model being processed has any
 * error so its code is never generated.
 */
final class ErrorReporter {
    private final Messager messager;
    private boolean errors;

    ErrorReporter(Messager messager) {
        this.messager = messager;
    }

    void error(Element element, Message message, Object... args) {
        errors = true;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
    }

    void error(Element element, AnnotationMirror annotation, Message message, Object... args) {
        errors = true;
        if (annotation == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation);
        }
    }

    void warning(Element element, Message message, Object... args) {
        messager.printMessage(Diagnostic.Kind.WARNING, message.format(args), element);
    }

    /** Starts a new model: forgets the previous model's errors. */
    void reset() {
        errors = false;
    }

    /** Whether an error was reported since the last {@link #reset()}. */
    boolean hasErrors() {
        return errors;
    }
}
