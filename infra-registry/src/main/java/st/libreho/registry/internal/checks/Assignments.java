package st.libreho.registry.internal.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a file gives to names, in the syntaxes configurations use: YAML {@code key: value}, {@code .env}
 * {@code KEY=value} and {@code export KEY=value}, compose {@code - KEY=value} and {@code - "KEY=value"}, INI and
 * TOML {@code key = value}, JSON {@code "key": "value"} (also several on one line), and the defaults of
 * {@code ${KEY:-value}} and {@code {{ key | default('value') }}}. Commented-out lines count: a secret in a comment
 * is published all the same.
 *
 * <p>
 * Every expression is anchored or bounded, so a file of one very long line costs a single pass.
 */
final class Assignments {

    /**
     * A value given to a name.
     *
     * @param name the name as written
     * @param value the value, without quotes or trailing comment
     * @param line the line, from 1
     * @param start where the value starts in the file
     * @param end where it ends in the file
     */
    record Assignment(String name, String value, int line, int start, int end) {
    }

    private static final Pattern KEY_VALUE = Pattern.compile("^[ \\t]*+(?:#[ \\t]*+)?(?:-[ \\t]++)?(?:export[ \\t]++)?"
            + "(?<open>[\"']?)(?<name>[A-Za-z_][A-Za-z0-9_.-]{0,99}+)(?<close>[\"']?)[ \\t]*+(?:=|:(?=[ \\t]|$))");
    private static final Pattern JSON_PAIR = Pattern.compile(
            "\"(?<name>[A-Za-z_][A-Za-z0-9_.-]{0,99}+)\"[ \\t]*+:[ \\t]*+\"(?<value>[^\"\\r\\n]{0,4096}+)\"");
    private static final Pattern DOLLAR_DEFAULT = Pattern.compile(
            "\\$\\{(?<name>[A-Za-z_][A-Za-z0-9_]{0,99}+):?[-=](?<value>[^${}\\r\\n]{0,4096}+)}");
    private static final Pattern TEMPLATE_DEFAULT = Pattern.compile(
            "\\{\\{-?[ \\t]*+(?<name>[A-Za-z_][A-Za-z0-9_]{0,99}+)"
                    + "[ \\t]*+\\|[ \\t]*+(?:default|d)\\([ \\t]*+(?<quote>[\"'])(?<value>[^\"'\\r\\n]{0,4096}+)\\k<quote>");

    private Assignments() {
    }

    /** The values given to the names {@code names} accepts (the others are never looked at further). */
    static List<Assignment> in(LineIndex lines, Predicate<String> names) {
        List<Assignment> found = new ArrayList<>();
        for (int number = 1; number <= lines.count(); number++) {
            String line = lines.line(number);
            int offset = lines.start(number);
            keyValue(line, number, offset, names, found);
            if (line.indexOf('"') >= 0) {
                each(JSON_PAIR, line, number, offset, names, found);
            }
            if (line.contains("${")) {
                each(DOLLAR_DEFAULT, line, number, offset, names, found);
            }
            if (line.contains("{{")) {
                each(TEMPLATE_DEFAULT, line, number, offset, names, found);
            }
        }
        return found;
    }

    private static void each(Pattern pattern, String line, int number, int offset, Predicate<String> names,
            List<Assignment> found) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            if (names.test(m.group("name"))) {
                found.add(new Assignment(m.group("name"), m.group("value"), number, offset + m.start("value"),
                        offset + m.end("value")));
            }
        }
    }

    private static void keyValue(String line, int number, int offset, Predicate<String> names,
            List<Assignment> found) {
        Matcher m = KEY_VALUE.matcher(line);
        if (!m.lookingAt() || !names.test(m.group("name"))) {
            return;
        }
        int start = m.end();
        while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
            start++;
        }
        int end;
        String open = m.group("open");
        if (!open.isEmpty() && m.group("close").isEmpty()) {
            // a whole quoted list item, - "KEY=value": the value ends at the item's closing quote
            end = Math.max(start, line.lastIndexOf(open.charAt(0)));
        } else if (start < line.length() && (line.charAt(start) == '"' || line.charAt(start) == '\'')) {
            char quote = line.charAt(start++);
            end = closingQuote(line, start, quote);
        } else if (start < line.length() && "|>{[!&*".indexOf(line.charAt(start)) >= 0) {
            return; // a block scalar, a flow collection, a tag, an anchor or an alias: not a literal on this line
        } else {
            end = commentStart(line, start);
            while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
                end--;
            }
        }
        found.add(new Assignment(m.group("name"), line.substring(start, end), number, offset + start, offset + end));
    }

    private static int closingQuote(String line, int from, char quote) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && quote == '"') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return line.length();
    }

    /** A comment starts at a '#' after a space (YAML, shell, .env); a '#' inside a value is part of it. */
    private static int commentStart(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            if (line.charAt(i) == '#' && i > from && Character.isWhitespace(line.charAt(i - 1))) {
                return i;
            }
        }
        return line.length();
    }
}
