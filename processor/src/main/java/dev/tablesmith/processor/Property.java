package dev.tablesmith.processor;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * A persistent property found on a model before it becomes a column: its name, type, where its annotations are
 * and the ways generated code can reach it ({@code read}/{@code write} are {@code null} when there is none).
 */
record Property(String name, TypeMirror type, Element element, dev.tablesmith.processor.model.Accessor read,
        dev.tablesmith.processor.model.Accessor write) {
}
