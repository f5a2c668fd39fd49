package dev.tablesmith.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a JSON column accepts: exactly one RFC 8259 value, on every database; everything else says where it fails. */
class JsonTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "0", "-0.5e+10", "1E3", "\"\"", "true", "false", "null", " \t\r\n{ } ",
            "{\"a\": [1, {\"b\": null}], \"c\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\"}", "\"Grüße \uD83D\uDE00\"",
            "[[[[[[[[[[]]]]]]]]]]"})
    void acceptsValidJson(String json) {
        assertNull(JsonText.problem(json), json);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|a value was expected but the text ends (at index 0)",
        "{\"a\": }|a value was expected, found '}' (at index 6)",
        "{'a': 1}|a member name in double quotes was expected, found ''' (at index 1)",
        "[1, 2|']' was expected, found the end of the text (at index 5)",
        "{} {}|unexpected '{' after the JSON value (at index 3)",
        "NaN|a value was expected, found 'N' (at index 0)",
        "01|unexpected '1' after the JSON value (at index 1)",
        "1.|a digit was expected after the decimal point, found the end of the text (at index 2)",
        "-|a digit was expected in a number, found the end of the text (at index 1)",
        "1e|a digit was expected in the exponent, found the end of the text (at index 2)",
        "[1,]|a value was expected, found ']' (at index 3)",
        "{\"a\" 1}|':' was expected, found '1' (at index 5)",
        "\"\\x\"|invalid escape \\x in a string (at index 2)",
        "\"\\u12\"|\\u must be followed by four hexadecimal digits (at index 2)",
        "\"open|a string is not closed (at index 0)",
        "tru|a value was expected, found 't' (at index 0)"})
    void refusesInvalidJsonSayingWhereItFails(String json, String problem) {
        assertEquals("it is not valid JSON: " + problem, JsonText.problem(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"a\tb\"", "\"a\nb\""})
    void refusesUnescapedControlCharactersInStrings(String json) {
        assertEquals("it is not valid JSON: a control character " + ValueLimits.hex(json.charAt(2))
                + " must be escaped in a string (at index 2)", JsonText.problem(json));
    }

    @ParameterizedTest
    @ValueSource(ints = {JsonText.MAX_DEPTH + 1, 100_000})
    void refusesNestingDeeperThanTheLimitWithoutOverflowingTheStack(int depth) {
        String json = "[".repeat(depth) + "]".repeat(depth);
        assertEquals("it is not valid JSON: it nests deeper than " + JsonText.MAX_DEPTH + " levels (at index "
                + JsonText.MAX_DEPTH + ")", JsonText.problem(json));
    }
}
