package dev.tablesmith.processor;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which column defaults are one SQL expression that every supported database reads as jOOQ's parser does. */
class DefaultValuesTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"0", "'draft'", "CURRENT_TIMESTAMP", "now()", "true", "-1", "1.5", "lower('X')",
            "''", "'it''s'", "'a;b -- c /* d */ \"e\" ?'", "N'x'", "x'0A'", "'0'::int", "1 + 2", "(1)",
            "CURRENT_DATE", "datetime('now')", "gen_random_uuid()", "nextval('seq')", "date '2020-01-01'",
            "cast(1 as bigint)", "coalesce(null, 'a')", " 0 "})
    void ordinaryDefaultsPass(String text) {
        assertThat(DefaultValues.problem(text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', value = {
        // Statements after the expression; without ';' jOOQ's parser finds the trailing content itself.
        "'x'); drop table t; create table u (id int => ; outside a string",
        "0; drop table t                            => ; outside a string",
        "'x') , evil int, other int default (1      => not one SQL expression",
        "1 2                                        => not one SQL expression",
        "(1                                         => not one SQL expression",
        "~ ~                                        => is blank",
        // Read as one expression by jOOQ's parser, but not by every database.
        "'a\\'' || 'b'                              => backslash",
        "1 /* /* x */ */                            => comment",
        "/*!1*/ 0                                   => comment",
        "1 -- x                                     => comment",
        "1 // x                                     => comment",
        "q'[a' || 'b]'                              => q'...' quoting",
        "$$x$$                                      => contains $",
        "~\"name\"~                                 => quotes a name",
        "`name`                                     => quotes a name",
        "?                                          => bind parameter",
        ":name                                      => bind parameter",
        "{d '2020-01-01'}                           => contains { or }",
    })
    void textThatIsNotOneExpressionEverywhereIsRefused(String text, String problem) {
        assertThat(DefaultValues.problem(text).orElse("accepted")).contains(problem.strip());
    }
}
