package dev.tablesmith.generated;

/**
 * Checks that text is exactly one JSON value as RFC 8259 defines it (objects, arrays, strings, numbers,
 * {@code true}, {@code false}, {@code null}, surrounded by optional whitespace), so that a JSON column refuses
 * invalid JSON on every database: PostgreSQL's {@code jsonb} and MariaDB's {@code json} check it themselves, H2's and
 * SQLite's text columns would keep anything. One pass; nesting is limited to
 * {@value #MAX_DEPTH} levels so that a hostile document cannot exhaust the stack.
 */
final class JsonText {
    static final int MAX_DEPTH = 512;

    private final String text;
    private int at;

    private JsonText(String text) {
        this.text = text;
    }

    /** {@code null} when {@code text} is valid JSON, else what is wrong with it and where. */
    static String problem(String text) {
        JsonText parser = new JsonText(text);
        try {
            parser.whitespace();
            parser.value(0);
            parser.whitespace();
            if (parser.at < text.length()) {
                throw parser.error("unexpected " + parser.found() + " after the JSON value");
            }
            return null;
        } catch (Invalid e) {
            return e.getMessage();
        }
    }

    private void value(int depth) throws Invalid {
        if (depth >= MAX_DEPTH) {
            throw error("it nests deeper than " + MAX_DEPTH + " levels");
        }
        if (at >= text.length()) {
            throw error("a value was expected but the text ends");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    number();
                } else {
                    throw error("a value was expected, found " + found());
                }
            }
        }
    }

    private void object(int depth) throws Invalid {
        at++;
        whitespace();
        if (peek('}')) {
            at++;
            return;
        }
        while (true) {
            if (!peek('"')) {
                throw error("a member name in double quotes was expected, found " + found());
            }
            string();
            whitespace();
            expect(':');
            whitespace();
            value(depth + 1);
            whitespace();
            if (peek(',')) {
                at++;
                whitespace();
            } else {
                expect('}');
                return;
            }
        }
    }

    private void array(int depth) throws Invalid {
        at++;
        whitespace();
        if (peek(']')) {
            at++;
            return;
        }
        while (true) {
            value(depth + 1);
            whitespace();
            if (peek(',')) {
                at++;
                whitespace();
            } else {
                expect(']');
                return;
            }
        }
    }

    private void string() throws Invalid {
        int start = at++;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"') {
                at++;
                return;
            }
            if (c < 0x20) {
                throw error("a control character " + ValueLimits.hex(c) + " must be escaped in a string");
            }
            if (c == '\\') {
                at++;
                if (at >= text.length()) {
                    break;
                }
                char escaped = text.charAt(at);
                if (escaped == 'u') {
                    for (int i = 1; i <= 4; i++) {
                        if (at + i >= text.length() || Character.digit(text.charAt(at + i), 16) < 0) {
                            throw error("\\u must be followed by four hexadecimal digits");
                        }
                    }
                    at += 4;
                } else if ("\"\\/bfnrt".indexOf(escaped) < 0) {
                    throw error("invalid escape \\" + escaped + " in a string");
                }
            }
            at++;
        }
        at = start;
        throw error("a string is not closed");
    }

    private void number() throws Invalid {
        if (peek('-')) {
            at++;
        }
        if (peek('0')) {
            at++;
        } else if (!digits()) {
            throw error("a digit was expected in a number, found " + found());
        }
        if (peek('.')) {
            at++;
            if (!digits()) {
                throw error("a digit was expected after the decimal point, found " + found());
            }
        }
        if (peek('e') || peek('E')) {
            at++;
            if (peek('+') || peek('-')) {
                at++;
            }
            if (!digits()) {
                throw error("a digit was expected in the exponent, found " + found());
            }
        }
    }

    private boolean digits() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at > start;
    }

    private void literal(String word) throws Invalid {
        if (!text.startsWith(word, at)) {
            throw error("a value was expected, found " + found());
        }
        at += word.length();
    }

    private void whitespace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) throws Invalid {
        if (!peek(c)) {
            throw error("'" + c + "' was expected, found " + found());
        }
        at++;
    }

    private String found() {
        return at >= text.length() ? "the end of the text" : "'" + text.charAt(at) + "'";
    }

    private Invalid error(String what) {
        return new Invalid("it is not valid JSON: " + what + " (at index " + at + ")");
    }

    /** Unwinds the parser; no stack trace, since it only carries the message. */
    private static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }
}
