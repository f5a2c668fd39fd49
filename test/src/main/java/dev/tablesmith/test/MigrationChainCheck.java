package dev.tablesmith.test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The migration-chain check as a program, for builds that run it outside a test (Maven's exec or failsafe, a CI
 * step): {@code MigrationChainCheck [--clean-first] <migrations folder> <database>...}, where each database is
 * {@code h2} or {@code sqlite} (embedded, created for the check) or a JDBC URL of an empty server database (its
 * login in the URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/app_check?user=postgres}). The models are those
 * on the class path. Exits with 0 when the chain reproduces the models on every database, else prints every
 * failure and exits with 1; bad arguments exit with 2.
 */
public final class MigrationChainCheck {
    private MigrationChainCheck() {
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean cleanFirst = rest.remove("--clean-first");
        if (rest.size() < 2) {
            System.err.println("usage: MigrationChainCheck [--clean-first] <migrations folder> "
                    + "<h2|sqlite|jdbc-url>...");
            System.exit(2);
        }
        List<String> failures = run(Path.of(rest.get(0)), rest.subList(1, rest.size()), cleanFirst);
        failures.forEach(System.err::println);
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    /** Checks {@code folder}'s chain on each of {@code databases}: each failure's report, none when all pass. */
    static List<String> run(Path folder, List<String> databases, boolean cleanFirst) {
        MigrationChain chain = MigrationChain.in(folder);
        if (cleanFirst) {
            chain = chain.cleanFirst();
        }
        List<String> failures = new ArrayList<>();
        for (String database : databases) {
            try {
                switch (database) {
                    case "h2" -> chain.verifyOnH2();
                    case "sqlite" -> chain.verifyOnSqlite();
                    default -> chain.verify(database);
                }
                System.out.println("[tablesmith] the migration chain in " + folder + " reproduces the models on "
                        + describe(database));
            } catch (MigrationChainError | RuntimeException e) {
                failures.add("[tablesmith] " + describe(database) + ": " + e.getMessage());
            }
        }
        return failures;
    }

    /** The database without the query of its URL, which may hold a password. */
    private static String describe(String database) {
        int query = database.indexOf('?');
        return query < 0 ? database : database.substring(0, query);
    }
}
