package st.libreho.registry.internal.checks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.internal.checks.Placeholder.Form;

/**
 * The variables files use, in the syntaxes configurations write them: what the extractor proposes a manifest from,
 * and what the lint checks a manifest against, so that the two always agree.
 * <ul>
 * <li>everywhere: {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}}, {@code ${VAR:?error}},
 * {@code ${VAR?error}}, {@code ${VAR:+other}} (nested defaults too; {@code $$} is a literal dollar), plain names in
 * {@code {{ var }}} with an optional {@code default('x')} filter, {@code {{ env "VAR" }}} (Go templates), and
 * {@code __VAR__} in capitals;</li>
 * <li>in compose and {@code .env} files also {@code $VAR}, which Docker Compose reads as {@code ${VAR}} (elsewhere
 * it is too often the file's own syntax: nginx's {@code $host}, a shell's {@code $1});</li>
 * <li>in compose files, {@code environment:} entries without a value, which pass the variable through;</li>
 * <li>in {@code .env} files, {@code VAR=value} lines and commented {@code #VAR=value} lines, with the comment line
 * directly above as their description.</li>
 * </ul>
 * Not placeholders: {@code {{ item.name }}} and other expressions (attributes, calls, operators, Go's
 * {@code .Values}), names a template sets itself ({@code {% set %}}, {@code {% for %}}), loop and Ansible names
 * ({@code item}, {@code ansible_*}), and whole-line comments of YAML and {@code .env} files, which no tool reads.
 */
final class Placeholders {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern ENV_LINE = Pattern
            .compile("^[ \\t]*(?:export[ \\t]+)?(?<name>[A-Za-z_][A-Za-z0-9_]*)=(?<value>.*)$");
    private static final Pattern ENV_COMMENTED = Pattern
            .compile("^[ \\t]*#[ \\t]*(?:export[ \\t]+)?(?<name>[A-Za-z_][A-Za-z0-9_]*)=(?<value>.*)$");
    private static final Pattern ENVIRONMENT = Pattern.compile("^[ \\t]*environment:[ \\t]*(?:#.*)?$");
    private static final Pattern PASSED_ITEM = Pattern
            .compile("^[ \\t]*-[ \\t]+(?<quote>[\"']?)(?<name>[A-Za-z_][A-Za-z0-9_]*)\\k<quote>[ \\t]*$");
    private static final Pattern PASSED_KEY = Pattern.compile("^[ \\t]*(?<name>[A-Za-z_][A-Za-z0-9_]*):[ \\t]*$");
    private static final Pattern DUNDER = Pattern
            .compile("(?<![A-Za-z0-9_])__(?<name>[A-Z][A-Z0-9]*+(?:_[A-Z0-9]++)*+)__(?![A-Za-z0-9_])");
    private static final Pattern TEMPLATE_NAME = Pattern.compile(
            "^(?<name>[A-Za-z_][A-Za-z0-9_]*)[ \\t]*(?<filters>\\|.*)?$");
    private static final Pattern GO_ENV = Pattern.compile("^env[ \\t]+\"(?<name>[A-Za-z_][A-Za-z0-9_]*)\"$");
    private static final Pattern DEFAULT_FILTER = Pattern
            .compile("\\|[ \\t]*(?:default|d)\\([ \\t]*(?<quote>[\"'])(?<value>.*?)\\k<quote>");
    private static final Pattern TEMPLATE_LOCALS = Pattern.compile(
            "\\{%-?[ \\t]*(?:set[ \\t]+(?<set>[A-Za-z_][A-Za-z0-9_]*)|for[ \\t]+(?<for>[A-Za-z_][A-Za-z0-9_, \\t]*?)[ \\t]+in[ \\t])");
    /** Names a template has without anyone giving them: loops, Ansible's own, Jinja's constants, Go's keywords. */
    private static final Set<String> TEMPLATE_OWN = Set.of("item", "loop", "omit", "true", "false", "none", "True",
            "False", "None", "inventory_hostname", "inventory_hostname_short", "hostvars", "groups", "group_names",
            "play_hosts", "playbook_dir", "role_path", "range", "lookup", "query", "self", "super", "varargs",
            "kwargs", "end", "else", "nil", "break", "continue");
    /** Longer {{ }} contents are expressions, not names. */
    private static final int LONGEST_TEMPLATE = 200;

    private Placeholders() {
    }

    static List<Placeholder> in(List<ConfigurationFile> files) {
        List<Placeholder> found = new ArrayList<>();
        for (ConfigurationFile file : files) {
            found.addAll(in(file));
        }
        return found;
    }

    static List<Placeholder> in(ConfigurationFile file) {
        return new FileReader(file).read();
    }

    /** Reads one file, line by line, keeping what the lines before tell about the next. */
    private static final class FileReader {

        private final ConfigurationFile file;
        private final boolean env;
        private final boolean compose;
        private final boolean yaml;
        private final Set<String> templateLocals;
        private final List<Placeholder> found = new ArrayList<>();
        private String pendingDescription;
        private int environmentIndent = -1;

        FileReader(ConfigurationFile file) {
            this.file = file;
            this.env = FileKinds.isEnv(file.path());
            this.compose = FileKinds.isCompose(file.path());
            this.yaml = FileKinds.isYaml(file.path());
            this.templateLocals = templateLocals(file.content());
        }

        List<Placeholder> read() {
            LineIndex lines = LineIndex.of(file.content());
            for (int number = 1; number <= lines.count(); number++) {
                String line = lines.line(number);
                if (env) {
                    envLine(line, number);
                    continue;
                }
                if (yaml && line.stripLeading().startsWith("#")) {
                    continue;
                }
                if (compose) {
                    passedThrough(line, number);
                }
                dollars(line, number, compose);
                templates(line, number);
                dunders(line, number);
            }
            return found;
        }

        private void envLine(String line, int number) {
            String stripped = line.strip();
            Matcher commented = ENV_COMMENTED.matcher(line);
            Matcher set = ENV_LINE.matcher(line);
            if (commented.matches()) {
                add(commented.group("name"), number, Form.ENV_COMMENTED, envValue(commented.group("value")),
                        pendingDescription);
                pendingDescription = null;
            } else if (stripped.startsWith("#")) {
                pendingDescription = description(stripped);
            } else if (set.matches()) {
                add(set.group("name"), number, Form.ENV_VALUE, envValue(set.group("value")), pendingDescription);
                pendingDescription = null;
                dollars(set.group("value"), number, true);
            } else {
                pendingDescription = null;
            }
        }

        /** A comment says what the next line is for, unless it is a heading in capitals or a rule of '='. */
        private static String description(String comment) {
            String text = comment.replaceFirst("^#+", "").strip();
            return text.chars().anyMatch(Character::isLowerCase) ? text : null;
        }

        private void passedThrough(String line, int number) {
            if (line.isBlank() || (environmentIndent < 0 && !line.contains("environment:"))) {
                return;
            }
            int indent = line.length() - line.stripLeading().length();
            boolean item = line.stripLeading().startsWith("-");
            if (environmentIndent >= 0 && (indent < environmentIndent || (indent == environmentIndent && !item))) {
                environmentIndent = -1;
            }
            if (environmentIndent >= 0) {
                Matcher passed = PASSED_ITEM.matcher(line);
                if (passed.matches() || (passed = PASSED_KEY.matcher(line)).matches()) {
                    add(passed.group("name"), number, Form.OPTIONAL, null, null);
                }
            } else if (ENVIRONMENT.matcher(line).matches()) {
                environmentIndent = indent;
            }
        }

        /**
         * {@code ${...}} with their nesting, in one pass: an opening waits on a stack for its closing brace, so a
         * line of unclosed openings costs no more than its length.
         */
        private void dollars(String line, int number, boolean bare) {
            Deque<Opening> open = new ArrayDeque<>();
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == '$' && i + 1 < line.length()) {
                    char next = line.charAt(i + 1);
                    if (next == '$') {
                        i += 2;
                        continue;
                    }
                    int nameEnd = nameEnd(line, next == '{' ? i + 2 : i + 1);
                    int nameStart = next == '{' ? i + 2 : i + 1;
                    if (nameEnd == nameStart) {
                        i++;
                        continue;
                    }
                    String name = line.substring(nameStart, nameEnd);
                    if (next != '{') {
                        if (bare) {
                            add(name, number, Form.REFERENCE, null, null);
                        }
                        i = nameEnd;
                        continue;
                    }
                    if (nameEnd < line.length() && line.charAt(nameEnd) == '}') {
                        add(name, number, Form.REFERENCE, null, null);
                        i = nameEnd + 1;
                        continue;
                    }
                    int operator = operatorLength(line, nameEnd);
                    if (operator > 0) {
                        open.push(new Opening(name, form(line, nameEnd, operator), nameEnd + operator));
                        i = nameEnd + operator;
                        continue;
                    }
                    i = nameEnd;
                    continue;
                }
                if (c == '{' && !open.isEmpty()) {
                    open.push(new Opening(null, null, i + 1));
                } else if (c == '}' && !open.isEmpty()) {
                    Opening opening = open.pop();
                    if (opening.name() != null) {
                        add(opening.name(), number, opening.form(), line.substring(opening.valueStart(), i), null);
                    }
                }
                i++;
            }
        }

        private static int nameEnd(String line, int from) {
            if (from >= line.length() || !isNameCharacter(line.charAt(from))
                    || (line.charAt(from) >= '0' && line.charAt(from) <= '9')) {
                return from;
            }
            int end = from + 1;
            while (end < line.length() && isNameCharacter(line.charAt(end))) {
                end++;
            }
            return end;
        }

        private static boolean isNameCharacter(char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        }

        /** {@code :-}, {@code -}, {@code :=}, {@code =}, {@code :?}, {@code ?}, {@code :+}, {@code +}; 0 if none. */
        private static int operatorLength(String line, int at) {
            int i = at < line.length() && line.charAt(at) == ':' ? at + 1 : at;
            if (i < line.length() && "-=?+".indexOf(line.charAt(i)) >= 0) {
                return i + 1 - at;
            }
            return 0;
        }

        private static Form form(String line, int at, int operatorLength) {
            return switch (line.charAt(at + operatorLength - 1)) {
                case '?' -> Form.REQUIRED;
                case '+' -> Form.OPTIONAL;
                default -> Form.WITH_DEFAULT;
            };
        }

        private void templates(String line, int number) {
            int from = 0;
            while (true) {
                int start = line.indexOf("{{", from);
                if (start < 0) {
                    return;
                }
                int end = line.indexOf("}}", start + 2);
                if (end < 0) {
                    return;
                }
                from = end + 2;
                if (end - start <= LONGEST_TEMPLATE) {
                    template(line.substring(start + 2, end), number);
                }
            }
        }

        private void template(String inside, int number) {
            String expression = inside.replaceFirst("^-", "").replaceFirst("-$", "").strip();
            Matcher go = GO_ENV.matcher(expression);
            if (go.matches()) {
                add(go.group("name"), number, Form.REFERENCE, null, null);
                return;
            }
            Matcher plain = TEMPLATE_NAME.matcher(expression);
            if (!plain.matches()) {
                return;
            }
            String name = plain.group("name");
            if (TEMPLATE_OWN.contains(name) || name.startsWith("ansible_") || templateLocals.contains(name)) {
                return;
            }
            String filters = plain.group("filters");
            Matcher fallback = filters == null ? null : DEFAULT_FILTER.matcher(filters);
            if (fallback != null && fallback.find()) {
                add(name, number, Form.WITH_DEFAULT, fallback.group("value"), null);
            } else if (filters != null && filters.matches("\\|[ \\t]*(?:default|d)\\([ \\t]*omit[ \\t]*\\).*")) {
                add(name, number, Form.OPTIONAL, null, null);
            } else {
                add(name, number, Form.REFERENCE, null, null);
            }
        }

        private void dunders(String line, int number) {
            if (!line.contains("__")) {
                return;
            }
            Matcher m = DUNDER.matcher(line);
            while (m.find()) {
                add(m.group("name"), number, Form.REFERENCE, null, null);
            }
        }

        private void add(String name, int number, Form form, String value, String description) {
            found.add(new Placeholder(name, file.path(), number, form, value, description));
        }

        private static Set<String> templateLocals(String content) {
            if (!content.contains("{%")) {
                return Set.of();
            }
            Set<String> names = new HashSet<>();
            Matcher m = TEMPLATE_LOCALS.matcher(content);
            while (m.find()) {
                if (m.group("set") != null) {
                    names.add(m.group("set"));
                } else {
                    for (String name : m.group("for").split("[ \\t]*,[ \\t]*")) {
                        if (NAME.matcher(name.strip()).matches()) {
                            names.add(name.strip());
                        }
                    }
                }
            }
            return names;
        }
    }

    /** The value of a {@code .env} line: unquoted, without a trailing comment. */
    static String envValue(String raw) {
        String value = raw.strip();
        if (value.length() >= 1 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            int close = value.indexOf(value.charAt(0), 1);
            return close < 0 ? value.substring(1) : value.substring(1, close);
        }
        int comment = value.indexOf(" #");
        return (comment < 0 ? value : value.substring(0, comment)).strip();
    }

    private record Opening(String name, Form form, int valueStart) {
    }
}
