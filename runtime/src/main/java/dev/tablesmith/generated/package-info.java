/**
 * Support for the classes the annotation processor generates: binding and reading column values
 * ({@link dev.tablesmith.generated.JdbcTypes}), the service through which {@code Database.createAll()} finds the
 * models ({@link dev.tablesmith.generated.TableProvider}). Public only because generated classes live in the
 * application's own packages; not API: application code does not call it, and it may change in any release.
 */
package dev.tablesmith.generated;
