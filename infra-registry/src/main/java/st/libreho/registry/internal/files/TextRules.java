package st.libreho.registry.internal.files;

import java.util.Optional;

import st.libreho.registry.Finding;

/**
 * What makes a file's content text: configurations are read by people and diffed line by line, so a version holds
 * text only. Git calls a file binary when it holds a NUL byte; the registry also refuses the other control characters
 * no text editor writes, because they hide in a diff and a review.
 */
final class TextRules {

    private TextRules() {
    }

    /** Why {@code content} is not text, naming the line, or empty when it is. */
    static Optional<Finding> problem(String path, String content) {
        int line = 1;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '\0') {
                return Optional.of(FileRule.BINARY.finding(path, line,
                        path + " holds a NUL byte at line " + line + ": it looks binary, and a version holds text "
                                + "files only"));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < content.length()
                        && Character.isLowSurrogate(content.charAt(i + 1))) {
                    i++;
                } else {
                    return Optional.of(FileRule.BINARY.finding(path, line,
                            path + " holds half of a character at line " + line + ": it is not valid text"));
                }
            } else if (isForeignControl(c)) {
                return Optional.of(FileRule.BINARY.finding(path, line, path + " holds the control character "
                        + codePoint(c) + " at line " + line
                        + ": it looks binary, and a version holds text files only"));
            }
        }
        return Optional.empty();
    }

    /**
     * A control character text does not hold. Tab, line feed and carriage return are text; form feed and escape are
     * kept because old sources and shell prompts do use them.
     */
    static boolean isForeignControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x1B) {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** The content's size as stored and served: its UTF-8 bytes, counted without encoding it. */
    static long utf8Length(String content) {
        long bytes = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < content.length()
                    && Character.isLowSurrogate(content.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                // a lone surrogate has no UTF-8 form; content holding one is refused anyway
                bytes += 3;
            }
        }
        return bytes;
    }

    static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
