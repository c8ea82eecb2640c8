package st.libreho.kb;

import static st.libreho.directory.testing.DirectoryFixtures.entry;
import static st.libreho.directory.testing.DirectoryFixtures.member;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;

import java.util.UUID;

import st.libreho.directory.Directory;
import st.libreho.platform.Actor;

/**
 * People and pages for the knowledge base's tests. The dev sign-in's users are {@code member}, {@code person},
 * {@code operator} and {@code delegate}, each with the address {@code <user>@example.com}; {@code member} is a member
 * of the network once its address is in a member organisation's delegation ({@link #members}). The database is
 * shared by every test class of a run, so paths are unique.
 */
public final class WikiFixtures {

    public static final Actor MEMBER = new Actor("member", "Mia Member", "member@example.com", true, false);
    public static final Actor OTHER_MEMBER = new Actor("member", "Max Member", "member@example.com", true, false);
    public static final Actor PERSON = new Actor("person", "Pat Person", "person@example.com", true, false);
    public static final Actor OPERATOR = new Actor("operator", "Olga Operator", "operator@example.com", true, true);

    private WikiFixtures() {
    }

    /** Puts {@code member@example.com} in a member organisation's delegation, once per run. */
    public static synchronized void members(Directory directory) {
        if (!directory.rolesOf(MEMBER).contains(Directory.MEMBER_ROLE)) {
            member(directory, uniqueSlug("kb-host"), entry("KB Host", "FR", "member@example.com", "fr"));
        }
    }

    public static String uniquePath(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static PageEdit publicPage(String title, String markdown) {
        return new PageEdit(title, markdown, "en", Visibility.PUBLIC, null);
    }

    public static PageEdit membersPage(String title, String markdown) {
        return new PageEdit(title, markdown, "en", Visibility.MEMBERS, null);
    }

    /** Ten numbered lines, far enough apart for edits to different lines to merge. */
    public static String lines(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append("Line ").append(i).append(" of the guide.\n");
        }
        return text.toString();
    }

    /** The text with line {@code number} (from 1) replaced. */
    public static String replaceLine(String text, int number, String line) {
        String[] lines = text.split("\n", -1);
        lines[number - 1] = line;
        return String.join("\n", lines);
    }
}
