package dev.tablesmith;

/**
 * What a context does with its transaction when it ends. Unlike Flask-SQLAlchemy's removed
 * {@code SQLALCHEMY_COMMIT_ON_TEARDOWN}, the policy sees the block's real outcome, and a failed commit raises to
 * the caller instead of being lost.
 */
public enum Teardown {
    /** Commit when the block completes normally, roll back when it throws. The default. */
    COMMIT,
    /** Commit whether or not the block throws; the block's exception is still rethrown. */
    ALWAYS_COMMIT,
    /** Never commit implicitly: only what the code commits with {@link Session#commit()} is kept. */
    ROLLBACK;

    /** Whether a context ending under this policy commits, given whether its work failed. */
    boolean commits(boolean failed) {
        return this == ALWAYS_COMMIT || this == COMMIT && !failed;
    }
}
