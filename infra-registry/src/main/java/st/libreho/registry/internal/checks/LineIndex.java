package st.libreho.registry.internal.checks;

import java.util.Arrays;

/**
 * A file's lines, numbered from 1, with the offset each starts at: findings name lines, and patterns that run over
 * a whole file (a key block spans lines) report the line their match starts on. "\n", "\r\n" and a lone "\r" all
 * end a line, since files keep the line ends they were uploaded with.
 */
final class LineIndex {

    private final String text;
    private final int[] starts;
    private final int count;

    private LineIndex(String text, int[] starts, int count) {
        this.text = text;
        this.starts = starts;
        this.count = count;
    }

    static LineIndex of(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(text, starts, count);
    }

    int count() {
        return count;
    }

    /** The line (from 1) holding the character at this offset. */
    int lineOf(int offset) {
        int found = Arrays.binarySearch(starts, 0, count, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** Where line {@code number} (from 1) starts in the text. */
    int start(int number) {
        return starts[number - 1];
    }

    /** Line {@code number} (from 1) without its line end. */
    String line(int number) {
        int start = starts[number - 1];
        int end = number < count ? starts[number] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }
}
