package org.tsunagu.core.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Makes a theme's JavaScript smaller for readers' phones without changing what it does: drops
 * comments (except {@code /*! … *}{@code /}), indentation and blank lines. Strings, template
 * literals (with their {@code ${…}} parts) and regular expressions are copied exactly; line
 * breaks stay, so automatic semicolons fall where they did. A {@code /} starts a regular
 * expression unless it follows a value (a name that is not a keyword, a number, a closing
 * bracket or parenthesis, a string). When the text ends inside a string, template or comment,
 * the source is returned unchanged.
 */
public final class ScriptCompactor {

    /** Keywords after which a {@code /} starts a regular expression, not a division. */
    private static final Set<String> BEFORE_REGEX = Set.of("return", "typeof", "instanceof", "in", "of", "new",
            "delete", "void", "throw", "case", "do", "else", "yield", "await");

    private final String src;
    private final StringBuilder out;
    /** Brace depths at which a template literal's {@code ${…}} part ends. */
    private final Deque<Integer> templates = new ArrayDeque<>();
    private int i;
    private int braces;
    /** The last character of code written (not a space), or 0 at the start. */
    private char last;
    /** The last name or keyword of the code written, spaces after it allowed. */
    private final StringBuilder word = new StringBuilder();
    private boolean inWord;
    private boolean lineStart = true;

    private ScriptCompactor(String src) {
        this.src = src;
        this.out = new StringBuilder(src.length());
    }

    public static byte[] compact(byte[] utf8) {
        return compact(new String(utf8, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    public static String compact(String source) {
        ScriptCompactor c = new ScriptCompactor(source);
        return c.run() ? c.out.toString() : source;
    }

    private boolean run() {
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            char next = i + 1 < n ? src.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && next == '*') {
                int end = src.indexOf("*/", i + 2);
                if (end < 0) {
                    return false;
                }
                String comment = src.substring(i, end + 2);
                i = end + 2;
                if (comment.startsWith("/*!")) {
                    code(comment);
                } else if (comment.indexOf('\n') >= 0) {
                    newline();
                } else {
                    space();
                }
            } else if (c == '\'' || c == '"') {
                if (!string(c)) {
                    return false;
                }
            } else if (c == '`') {
                i++;
                code("`");
                if (!template()) {
                    return false;
                }
            } else if (c == '/' && regexAllowed()) {
                regex();
            } else if (c == '}' && !templates.isEmpty() && templates.peek() == braces) {
                templates.pop();
                i++;
                code("}");
                if (!template()) {
                    return false;
                }
            } else if (c == '\n') {
                i++;
                newline();
            } else if (c == ' ' || c == '\t' || c == '\r') {
                i++;
                inWord = false;
                if (!lineStart) {
                    out.append(c);
                }
            } else {
                if (c == '{') {
                    braces++;
                } else if (c == '}') {
                    braces--;
                }
                i++;
                code(String.valueOf(c));
            }
        }
        return true;
    }

    /** Copies a quoted string; false when the line or text ends first. */
    private boolean string(char quote) {
        int start = i++;
        while (i < src.length()) {
            char c = src.charAt(i++);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                code(src.substring(start, i));
                return true;
            } else if (c == '\n') {
                return false;
            }
        }
        return false;
    }

    /**
     * Copies a template literal's text up to its closing backquote, or up to a {@code ${},
     * after which the code of that part follows; false when the text ends first.
     */
    private boolean template() {
        int start = i;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                i++;
                code(src.substring(start, i));
                return true;
            } else if (c == '$' && i + 1 < src.length() && src.charAt(i + 1) == '{') {
                i += 2;
                code(src.substring(start, i));
                templates.push(braces);
                last = '{';
                return true;
            } else {
                i++;
            }
        }
        return false;
    }

    /** Copies a regular expression with its flags; a lone slash (a division after all) when the line ends first. */
    private void regex() {
        int start = i++;
        boolean inClass = false;
        while (i < src.length()) {
            char c = src.charAt(i++);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                while (i < src.length() && Character.isLetter(src.charAt(i))) {
                    i++;
                }
                code(src.substring(start, i));
                last = ')';
                return;
            } else if (c == '\n') {
                break;
            }
        }
        i = start + 1;
        code("/");
    }

    private boolean regexAllowed() {
        if (last == 0) {
            return true;
        }
        if (Character.isJavaIdentifierPart(last)) {
            return BEFORE_REGEX.contains(word.toString());
        }
        return last != ')' && last != ']' && last != '\'' && last != '"' && last != '`';
    }

    private void code(String s) {
        out.append(s);
        lineStart = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isJavaIdentifierPart(c)) {
                if (!inWord) {
                    word.setLength(0);
                }
                word.append(c);
                inWord = true;
            } else {
                word.setLength(0);
                inWord = false;
            }
        }
        last = s.charAt(s.length() - 1);
    }

    private void space() {
        if (!lineStart) {
            out.append(' ');
        }
        inWord = false;
    }

    private void newline() {
        // Trailing spaces of code go; a line left empty is not written.
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t' || out.charAt(end - 1) == '\r')) {
            end--;
        }
        out.setLength(end);
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        lineStart = true;
        inWord = false;
    }
}
