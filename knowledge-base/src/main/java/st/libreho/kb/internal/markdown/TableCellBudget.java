package st.libreho.kb.internal.markdown;

/**
 * How many cells the tables of a text could make, counted high. A GFM table fills every row up to its header's width,
 * so a header of 200 columns over 240 one-character rows is 48,000 cells from 1.5 kB of text, and 256 kB of such
 * tables held 440 MB and took seconds to parse. The tables extension's own limit is per table, not per text, and
 * stops the parse with an exception. This reads the lines once, before parsing, and says whether the text's tables stay
 * within a budget; a text over it is rendered without tables (their lines then show as written).
 * <p>
 * It counts as a table every line made only of {@code |}, {@code :}, {@code -} and spaces (after any quote marks and
 * indentation), which includes every delimiter row the extension accepts; as its width, the parts between its pipes
 * that hold a hyphen (each column's delimiter has one); as its rows, the line above and every line after it up to a blank one. So it never counts fewer cells than the parser
 * would make.
 */
final class TableCellBudget {

    private TableCellBudget() {
    }

    static boolean allows(String markdown, long maxCells) {
        String[] lines = markdown.split("\r\n|\r|\n", -1);
        // linesToBlank[i]: how many lines from i on are not blank; read backwards once, so that the count is linear
        int[] linesToBlank = new int[lines.length + 1];
        String[] contents = new String[lines.length];
        for (int i = lines.length - 1; i >= 0; i--) {
            contents[i] = withoutContainerMarks(lines[i]);
            linesToBlank[i] = contents[i].isBlank() ? 0 : linesToBlank[i + 1] + 1;
        }
        long cells = 0;
        for (int i = 0; i < lines.length; i++) {
            if (mayBeDelimiterRow(contents[i])) {
                long columns = delimiterCells(contents[i]);
                long rows = 1 + linesToBlank[i + 1]; // the header above, and the body below
                cells += columns * rows;
                if (cells > maxCells) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The line without the quote marks and indentation of the blocks it sits in. */
    private static String withoutContainerMarks(String line) {
        int start = 0;
        while (start < line.length() && " \t>".indexOf(line.charAt(start)) >= 0) {
            start++;
        }
        return line.substring(start);
    }

    private static long delimiterCells(String row) {
        long cells = 0;
        boolean hyphenInCell = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '|') {
                cells += hyphenInCell ? 1 : 0;
                hyphenInCell = false;
            } else if (c == '-') {
                hyphenInCell = true;
            }
        }
        return cells + (hyphenInCell ? 1 : 0);
    }

    private static boolean mayBeDelimiterRow(String content) {
        if (content.indexOf('-') < 0) {
            return false;
        }
        for (int i = 0; i < content.length(); i++) {
            if (" \t|:-".indexOf(content.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
