package st.libreho.registry.internal.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A version number as <a href="https://semver.org/spec/v2.0.0.html">Semantic Versioning 2.0.0</a> writes it:
 * {@code MAJOR.MINOR.PATCH}, then optionally {@code -pre.release} identifiers and {@code +build.metadata}. Numbers
 * have no leading zeros. A leading {@code v} ({@code v1.2.0}) is refused, with a message saying so: it is a tag's
 * name, not a version number, and accepting both would make {@code v1.2.0} and {@code 1.2.0} two versions.
 *
 * <p>
 * Ordered by SemVer precedence: numbers numerically, a pre-release before its release, build metadata ignored. So
 * {@code 1.0.0+a} and {@code 1.0.0+b} compare as equal (neither is greater than the other, and a new version must be
 * greater than the last), while {@link #equals} tells them apart: the order is not consistent with equals.
 *
 * @param major incremented for incompatible changes
 * @param minor incremented for compatible additions
 * @param patch incremented for compatible fixes
 * @param preRelease the dot-separated identifiers after '-'; empty for a release
 * @param build the dot-separated identifiers after '+'; empty for none
 */
public record SemanticVersion(long major, long minor, long patch, List<String> preRelease, List<String> build)
        implements
            Comparable<SemanticVersion> {

    /** The longest version text accepted: enough for any real one, and it is shown in lists and stored in a column. */
    public static final int MAX_LENGTH = 128;

    public SemanticVersion {
        preRelease = List.copyOf(preRelease);
        build = List.copyOf(build);
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version numbers are not negative");
        }
        for (String identifier : preRelease) {
            String problem = identifierProblem(identifier, true);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
        }
        for (String identifier : build) {
            String problem = identifierProblem(identifier, false);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
        }
    }

    /** The version {@code text} writes, or empty when it is not a semantic version ({@link #problem} says why). */
    public static Optional<SemanticVersion> parse(String text) {
        return Optional.ofNullable(read(text).version());
    }

    /** Why {@code text} is not a semantic version, in English for a person; empty when it is one. */
    public static Optional<String> problem(String text) {
        return Optional.ofNullable(read(text).problem());
    }

    /** The version {@code text} writes; for texts known to be valid. */
    public static SemanticVersion of(String text) {
        Parsed parsed = read(text);
        if (parsed.version() == null) {
            throw new IllegalArgumentException(parsed.problem());
        }
        return parsed.version();
    }

    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    /** Whether this version comes after {@code other} by precedence (build metadata ignored). */
    public boolean isGreaterThan(SemanticVersion other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(SemanticVersion other) {
        int core = Long.compare(major, other.major);
        if (core == 0) {
            core = Long.compare(minor, other.minor);
        }
        if (core == 0) {
            core = Long.compare(patch, other.patch);
        }
        if (core != 0) {
            return core;
        }
        // a pre-release comes before the release itself
        if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
            return Boolean.compare(preRelease.isEmpty(), other.preRelease.isEmpty());
        }
        for (int i = 0; i < Math.min(preRelease.size(), other.preRelease.size()); i++) {
            int order = compareIdentifiers(preRelease.get(i), other.preRelease.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(preRelease.size(), other.preRelease.size());
    }

    /** The canonical text, {@code 1.0.0-rc.1+build.5}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(major).append('.').append(minor).append('.').append(patch);
        if (!preRelease.isEmpty()) {
            text.append('-').append(String.join(".", preRelease));
        }
        if (!build.isEmpty()) {
            text.append('+').append(String.join(".", build));
        }
        return text.toString();
    }

    /** Numeric identifiers numerically and before alphanumeric ones, which compare in ASCII order. */
    private static int compareIdentifiers(String a, String b) {
        boolean numericA = isNumeric(a);
        boolean numericB = isNumeric(b);
        if (numericA && numericB) {
            // no leading zeros: the longer number is the larger one, and no number is too large to compare
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        if (numericA != numericB) {
            return numericA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private record Parsed(SemanticVersion version, String problem) {
    }

    private static Parsed read(String text) {
        if (text == null || text.isEmpty()) {
            return refused("a version number is needed, for example 1.0.0");
        }
        if (text.length() > MAX_LENGTH) {
            return refused("a version number has at most " + MAX_LENGTH + " characters");
        }
        if ((text.charAt(0) == 'v' || text.charAt(0) == 'V') && text.length() > 1
                && Character.isDigit(text.charAt(1))) {
            return refused("write the version number without the leading '" + text.charAt(0) + "': "
                    + text.substring(1));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isIdentifierCharacter(c) && c != '.' && c != '+') {
                return refused("'" + text + "' holds '" + c + "', which a version number cannot hold (digits, "
                        + "letters, '.', '-' and '+' only)");
            }
        }
        int plus = text.indexOf('+');
        String beforeBuild = plus < 0 ? text : text.substring(0, plus);
        int dash = beforeBuild.indexOf('-');
        String core = dash < 0 ? beforeBuild : beforeBuild.substring(0, dash);
        String[] numbers = core.split("\\.", -1);
        if (numbers.length != 3) {
            return refused("'" + text + "' is not MAJOR.MINOR.PATCH: a version number has three numbers, for example "
                    + "1.2.0");
        }
        long[] values = new long[3];
        for (int i = 0; i < 3; i++) {
            String number = numbers[i];
            if (number.isEmpty() || !isNumeric(number)) {
                return refused("'" + text + "' is not MAJOR.MINOR.PATCH: '" + number + "' is not a number");
            }
            if (number.length() > 1 && number.charAt(0) == '0') {
                return refused("'" + text + "': numbers have no leading zeros ('" + number + "')");
            }
            try {
                values[i] = Long.parseLong(number);
            } catch (NumberFormatException e) {
                return refused("'" + text + "': the number " + number + " is too large");
            }
        }
        List<String> preRelease = new ArrayList<>();
        List<String> build = new ArrayList<>();
        if (dash >= 0) {
            String problem = identifiers(beforeBuild.substring(dash + 1), true, preRelease);
            if (problem != null) {
                return refused("'" + text + "': " + problem);
            }
        }
        if (plus >= 0) {
            String problem = identifiers(text.substring(plus + 1), false, build);
            if (problem != null) {
                return refused("'" + text + "': " + problem);
            }
        }
        return new Parsed(new SemanticVersion(values[0], values[1], values[2], preRelease, build), null);
    }

    private static String identifiers(String text, boolean preRelease, List<String> into) {
        for (String identifier : text.split("\\.", -1)) {
            String problem = identifierProblem(identifier, preRelease);
            if (problem != null) {
                return problem;
            }
            into.add(identifier);
        }
        return null;
    }

    private static String identifierProblem(String identifier, boolean preRelease) {
        String part = preRelease ? "pre-release" : "build metadata";
        if (identifier.isEmpty()) {
            return "the " + part + " has an empty identifier";
        }
        for (int i = 0; i < identifier.length(); i++) {
            if (!isIdentifierCharacter(identifier.charAt(i))) {
                return "the " + part + " identifier '" + identifier + "' holds other characters than letters, digits "
                        + "and '-'";
            }
        }
        if (preRelease && isNumeric(identifier) && identifier.length() > 1 && identifier.charAt(0) == '0') {
            return "numeric pre-release identifiers have no leading zeros ('" + identifier + "')";
        }
        return null;
    }

    private static boolean isIdentifierCharacter(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
    }

    private static boolean isNumeric(String identifier) {
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !identifier.isEmpty();
    }

    private static Parsed refused(String problem) {
        return new Parsed(null, problem);
    }
}
