package dev.tablesmith;

import java.sql.SQLException;

/**
 * Where a session's transactions begin and what their commits record, when the database has read replicas (a
 * session of a database without any has none, and its transactions take the plain path). {@link PrimaryRoute} keeps
 * a context's transactions on the primaries and records its commits' positions; {@link ReadRoute} begins a read
 * context's transactions on a replica.
 */
sealed interface SessionRoute permits PrimaryRoute, ReadRoute {
    /** Begins a transaction for {@code bind}, the primary of that name, or on one of its replicas. */
    BindTransaction begin(Bind bind, int attempts) throws SQLException;

    /** Commits {@code transaction}. */
    void commit(BindTransaction transaction) throws SQLException;

    /** Hears that {@code transaction}'s connection was found dead ({@code failure}, if known) before it is given up. */
    void lost(BindTransaction transaction, SQLException failure);

    /** Whether its transactions are read-only. */
    boolean readOnly();
}
