package dev.tablesmith.processor;

/**
 * Puts names the user chose (tables, columns) into generated Javadoc, where JavaPoet copies text as is. A name may
 * hold any character a quoted SQL identifier can, but inside a comment javac ends the comment at a star followed by
 * a slash, and decodes a backslash-u unicode escape before anything else (rejecting a malformed one), so either
 * would make the generated class fail to compile; braces and at signs would break the Javadoc tags around them.
 */
final class JavadocText {
    private JavadocText() {
    }

    /**
     * The name as code: {@code {@code name}} when none of its characters matters to javac or Javadoc (every derived
     * name), else {@code <code>name</code>} with those characters written as HTML entities, which javac ignores and
     * Javadoc shows as the characters.
     */
    static String code(String name) {
        if (!name.contains("*/") && name.chars().noneMatch(c -> c == '\\' || c == '{' || c == '}' || c == '@')) {
            return "{@code " + name + "}";
        }
        StringBuilder escaped = new StringBuilder("<code>");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '/', '\\', '{', '}', '@' -> escaped.append("&#").append((int) c).append(';');
                default -> escaped.append(c);
            }
        }
        return escaped.append("</code>").toString();
    }
}
