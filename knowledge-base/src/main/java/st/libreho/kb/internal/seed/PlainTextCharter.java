package st.libreho.kb.internal.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a charter written as plain text (as the CPP was copied from the forum: one paragraph per line, bullets as
 * "•", headings as short lines without a final full stop) into Markdown.
 * <p>
 * A heading is a short line that does not end like a sentence. Headings are of level 2; a heading followed directly
 * by another opens a group, and the headings after it are of level 3; a heading that asks a question ("How to join
 * the network?") sits one level below the heading before it. The lines before the first paragraph are the document's
 * title (the page has its own) and are left out, as is the forum's footer ("3 Likes", "29 posts were split...").
 */
public final class PlainTextCharter {

    private static final int MAX_HEADING = 70;
    private static final Pattern BULLET = Pattern.compile("^\\s*[•*\\-]\\s+(.*)$");
    private static final Pattern FORUM_FOOTER = Pattern.compile("^\\d+ (likes?|posts? were split\\b.*)$",
            Pattern.CASE_INSENSITIVE);

    private PlainTextCharter() {
    }

    public static String toMarkdown(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !FORUM_FOOTER.matcher(stripped).matches()) {
                lines.add(line.stripTrailing());
            }
        }
        int start = 0;
        while (start < lines.size() && isHeading(lines.get(start))) {
            start++;
        }
        StringBuilder markdown = new StringBuilder();
        int sectionLevel = 2;
        int lastLevel = 2;
        boolean inList = false;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            var bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                if (!inList && markdown.length() > 0) {
                    markdown.append('\n');
                }
                markdown.append("- ").append(bullet.group(1).strip()).append('\n');
                inList = true;
                continue;
            }
            if (markdown.length() > 0) {
                markdown.append('\n');
            }
            inList = false;
            String stripped = line.strip();
            if (isHeading(line)) {
                int level;
                if (stripped.endsWith("?")) {
                    level = Math.min(lastLevel + 1, sectionLevel + 1);
                } else {
                    level = sectionLevel;
                    boolean opensGroup = i + 1 < lines.size() && isHeading(lines.get(i + 1))
                            && !lines.get(i + 1).strip().endsWith("?");
                    if (opensGroup) {
                        sectionLevel = 3;
                        level = 2;
                    }
                    lastLevel = level;
                }
                markdown.append("#".repeat(level)).append(' ').append(stripped).append('\n');
            } else {
                markdown.append(stripped).append('\n');
            }
        }
        return markdown.toString();
    }

    private static boolean isHeading(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_HEADING || BULLET.matcher(line).matches()) {
            return false;
        }
        char last = stripped.charAt(stripped.length() - 1);
        return last != '.' && last != ':' && last != ';' && last != ',' && last != '!';
    }
}
