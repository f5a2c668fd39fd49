package dev.tablesmith;

/**
 * Which context is current on each thread, for one {@link Database}. Contexts nest like a stack: each knows the
 * one it was opened in, and the thread-local holds only the innermost, so opening and closing a context costs one
 * thread-local read and write. {@link Context#wrap} makes a context current on another thread for one task.
 */
final class ContextStack {
    private final ThreadLocal<Context> innermost = new ThreadLocal<>();

    /** This thread's innermost open context, or {@code null}. */
    Context current() {
        return innermost.get();
    }

    /** Makes {@code context}, opened inside the current one, current. */
    void push(Context context) {
        innermost.set(context);
    }

    /**
     * Makes the context that {@code context} was opened in current again (or none). When there is none the
     * thread-local is set to null rather than removed, so the next context on this thread reuses its entry.
     */
    void pop(Context context) {
        innermost.set(context.enclosing());
    }

    /**
     * Refuses to end {@code context} while a context opened inside it is still open on this thread.
     *
     * @throws IllegalStateException naming the open inner context's policy when {@code context} is not innermost
     */
    void checkInnermost(Context context) {
        if (innermost.get() != context) {
            throw outOfOrder();
        }
    }

    /**
     * The contexts opened on this thread since {@code context} and not yet ended, innermost first, followed by
     * {@code context} itself.
     *
     * @throws IllegalStateException when {@code context} is not open on this thread
     */
    java.util.List<Context> openedSince(Context context) {
        java.util.List<Context> opened = new java.util.ArrayList<>();
        for (Context open = innermost.get(); open != null; open = open.enclosing()) {
            opened.add(open);
            if (open == context) {
                return opened;
            }
        }
        throw new IllegalStateException("This context is not open on this thread");
    }

    /** Makes {@code context} current on this thread for a task it wrapped; returns the context it replaces. */
    Context enter(Context context) {
        Context replaced = innermost.get();
        innermost.set(context);
        return replaced;
    }

    /**
     * Ends a wrapped task's turn: makes {@code replaced} current again, and then refuses the task if it left a
     * context of its own open (or closed {@code context} itself), which would otherwise stay current.
     */
    void leave(Context context, Context replaced) {
        Context left = innermost.get();
        innermost.set(replaced);
        if (left != context) {
            throw outOfOrder();
        }
    }

    static IllegalStateException outOfOrder() {
        return new IllegalStateException("Contexts must end in the reverse order they were opened");
    }
}
