/**
 * What the runtime shares with the annotation processor, so that both render the same SQL: the dialects' rendering
 * settings, the DDL of a set of tables and the order they are created in. Not API, and not exported from the
 * {@code dev.tablesmith} module.
 */
package dev.tablesmith.internal;
