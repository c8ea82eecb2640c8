package st.libreho.registry.internal.files;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import st.libreho.registry.Finding;

/**
 * What a file's path must look like. The files of a version end up on other people's disks (a clone, a bundle, a
 * checkout), on Linux, macOS and Windows: a path must stay inside the folder it is written to, and mean the same file
 * everywhere.
 */
final class PathRules {

    /** Characters; deep enough for any configuration, short enough for Windows' historical 260-character paths. */
    static final int MAX_LENGTH = 300;

    private PathRules() {
    }

    /** The first problem with the path, or empty when it is a good path. */
    static Optional<Finding> problem(String path) {
        return shapeProblem(path).or(() -> lengthProblem(path));
    }

    /** The first problem with the path other than its length. */
    static Optional<Finding> shapeProblem(String path) {
        if (path.isEmpty()) {
            return finding(FileRule.PATH_EMPTY, path, "a file has an empty path");
        }
        for (int i = 0; i < path.length(); i++) {
            int c = path.codePointAt(i);
            if (isHidden(c)) {
                return finding(FileRule.PATH_CONTROL_CHARACTER, path, "the path " + printable(path)
                        + " holds the control character " + TextRules.codePoint(c) + ", which can hide or disguise a "
                        + "file name");
            }
            i += Character.charCount(c) - 1;
        }
        if (isAbsolute(path)) {
            return finding(FileRule.PATH_ABSOLUTE, path,
                    "the path " + path + " is absolute: paths are relative to the version's folder, like "
                            + "config/nginx.conf");
        }
        if (path.indexOf('\\') >= 0) {
            return finding(FileRule.PATH_BACKSLASH, path,
                    "the path " + path + " holds a backslash: separate folders with '/'");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                return finding(FileRule.PATH_EMPTY_SEGMENT, path,
                        "the path " + path + " has an empty folder name ('//', or a '/' at an end)");
            }
            if (segment.equals(".") || segment.equals("..")) {
                return finding(FileRule.PATH_DOT_SEGMENT, path,
                        "the path " + path + " has a '" + segment + "' segment: name each folder instead");
            }
            if (isGitFolder(segment)) {
                return finding(FileRule.PATH_GIT, path,
                        "the path " + path + " is inside .git: git's own files cannot be part of a version");
            }
        }
        return Optional.empty();
    }

    private static Optional<Finding> lengthProblem(String path) {
        int length = path.codePointCount(0, path.length());
        if (length > MAX_LENGTH) {
            return finding(FileRule.PATH_TOO_LONG, path,
                    "the path " + path + " is " + length + " characters long, more than " + MAX_LENGTH);
        }
        return Optional.empty();
    }

    /**
     * The form in which two paths name the same file on a case-insensitive or normalisation-insensitive file system
     * (macOS, Windows): composed Unicode (NFC), each character case-folded.
     */
    static String normalised(String path) {
        String composed = Normalizer.normalize(path, Normalizer.Form.NFC);
        StringBuilder folded = new StringBuilder(composed.length());
        // character by character: String.toLowerCase would turn 'ß' into "ss" and see clashes no file system sees
        composed.codePoints().map(c -> Character.toLowerCase(Character.toUpperCase(c))).forEach(
                folded::appendCodePoint);
        return folded.toString();
    }

    /** {@code /x}, {@code \\server\x}, {@code C:\x} and {@code C:x} (relative to a drive's current folder). */
    private static boolean isAbsolute(String path) {
        char first = path.charAt(0);
        if (first == '/' || first == '\\') {
            return true;
        }
        return path.length() >= 2 && path.charAt(1) == ':' && ((first >= 'A' && first <= 'Z')
                || (first >= 'a' && first <= 'z'));
    }

    /** {@code .git}, and what Windows and macOS open as {@code .git}: {@code .GIT}, {@code .git.}, {@code .git }. */
    private static boolean isGitFolder(String segment) {
        String trimmed = segment;
        while (!trimmed.isEmpty() && (trimmed.endsWith(".") || trimmed.endsWith(" "))) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.toLowerCase(Locale.ROOT).equals(".git");
    }

    /**
     * A character no file name should hold: a control character (C0, DEL, C1), half of a character (a code point in
     * the surrogate range is one without its other half), or an invisible trick.
     */
    private static boolean isHidden(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0xD800 && c <= 0xDFFF) || isInvisibleTrick(c);
    }

    /**
     * Bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069) make "invoice" U+202E "gpj.sh" show as
     * "invoicehs.jpg"; the line and paragraph separators break a name over lines.
     */
    private static boolean isInvisibleTrick(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
    }

    /** The path with its control characters shown as code points, for a message that stays on one line. */
    private static String printable(String path) {
        StringBuilder out = new StringBuilder();
        path.codePoints().forEach(c -> {
            if (isHidden(c)) {
                out.append('<').append(TextRules.codePoint(c)).append('>');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static Optional<Finding> finding(FileRule rule, String path, String message) {
        return Optional.of(rule.finding(path, 0, message));
    }
}
