package dev.tablesmith.servlet.internal;

import dev.tablesmith.TablesmithException;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/**
 * Decides how a request's unit of work ends: rolled back or committed, from the response status and the exception
 * the request ended with. Immutable. Public for {@code tablesmith-javalin} only; applications configure it through
 * {@code TablesmithFilter} and {@code TablesmithPlugin}.
 *
 * <p>The rules, in order: an exception of a {@linkplain #rollbackFor rollback-for} type rolls back, even one the
 * application handled; an exception the application did not handle rolls back unless it is of a
 * {@linkplain #noRollbackFor no-rollback-for} type; a status the status rule names (5xx by default) rolls back;
 * everything else commits. {@link TablesmithException} is a rollback-for type by default: a request whose database
 * work failed (a constraint violation, a stale version, a lock or statement timeout) rolls back even when the
 * application answers it with a 4xx, because the work before the failure is half done, and on PostgreSQL the failed
 * statement has aborted the transaction, which could only end in a failed commit.
 */
public final class RollbackPolicy {
    private static final RollbackPolicy DEFAULTS = new RollbackPolicy(status -> status >= 500,
            List.of(TablesmithException.class), List.of());

    private final IntPredicate status;
    private final List<Class<? extends Throwable>> rollbackFor;
    private final List<Class<? extends Throwable>> noRollbackFor;

    private RollbackPolicy(IntPredicate status, List<Class<? extends Throwable>> rollbackFor,
            List<Class<? extends Throwable>> noRollbackFor) {
        this.status = status;
        this.rollbackFor = rollbackFor;
        this.noRollbackFor = noRollbackFor;
    }

    /** Rolls back on an unhandled exception, on a database failure however it is answered, and on a 5xx status. */
    public static RollbackPolicy defaults() {
        return DEFAULTS;
    }

    /** This policy with {@code rollsBack} deciding which statuses roll back, instead of 5xx. */
    public RollbackPolicy status(IntPredicate rollsBack) {
        return new RollbackPolicy(Objects.requireNonNull(rollsBack, "rollsBack"), rollbackFor, noRollbackFor);
    }

    /** This policy, also rolling back on exceptions of {@code types} that the application handled itself. */
    public RollbackPolicy rollbackFor(List<Class<? extends Throwable>> types) {
        return new RollbackPolicy(status, concat(rollbackFor, types), noRollbackFor);
    }

    /** This policy, committing despite an unhandled exception of {@code types} (unless the status rolls back). */
    public RollbackPolicy noRollbackFor(List<Class<? extends Throwable>> types) {
        return new RollbackPolicy(status, rollbackFor, concat(noRollbackFor, types));
    }

    /**
     * Whether a request that ended with {@code status} and {@code exception} (null if none) rolls back.
     *
     * @param handled whether the application itself turned the exception into a response (a Javalin exception
     *                handler); false when it escaped the application
     */
    public boolean rollsBack(int status, Throwable exception, boolean handled) {
        if (exception != null) {
            if (matches(rollbackFor, exception)) {
                return true;
            }
            if (!handled && !matches(noRollbackFor, exception)) {
                return true;
            }
        }
        return this.status.test(status);
    }

    /** Whether {@code exception}, met by the request however the application answered it, rolls back by type. */
    public boolean rollsBackFor(Throwable exception) {
        return exception != null && matches(rollbackFor, exception);
    }

    private static boolean matches(List<Class<? extends Throwable>> types, Throwable exception) {
        for (Class<? extends Throwable> type : types) {
            if (type.isInstance(exception)) {
                return true;
            }
        }
        return false;
    }

    private static List<Class<? extends Throwable>> concat(List<Class<? extends Throwable>> first,
            List<Class<? extends Throwable>> more) {
        more.forEach(type -> Objects.requireNonNull(type, "exception type"));
        return Stream.concat(first.stream(), more.stream()).distinct().toList();
    }
}
