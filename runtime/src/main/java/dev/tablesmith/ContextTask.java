package dev.tablesmith;

/**
 * A block run inside a context that returns nothing. Its exception type is inferred, so a block that throws no
 * checked exception needs no {@code throws} clause at the call site.
 *
 * @param <E> the checked exception the block may throw
 */
@FunctionalInterface
public interface ContextTask<E extends Exception> {
    void run() throws E;
}
