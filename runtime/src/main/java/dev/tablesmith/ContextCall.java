package dev.tablesmith;

/**
 * A block run inside a context that returns a value. Its exception type is inferred, so a block that throws no
 * checked exception needs no {@code throws} clause at the call site.
 *
 * @param <T> the result type
 * @param <E> the checked exception the block may throw
 */
@FunctionalInterface
public interface ContextCall<T, E extends Exception> {
    T call() throws E;
}
