package st.libreho.kb.internal.pages;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import st.libreho.kb.PageEdit;
import st.libreho.kb.internal.markdown.WikiPaths;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;

/**
 * What a page may hold, checked before anything is written. Every problem of a save is reported at once, each naming
 * its field (the facade's names: {@code path}, {@code title}, {@code markdown}, {@code language}, {@code visibility},
 * {@code summary}, {@code tags}, {@code baseRevision}, {@code newPath}), with a rule code pages translate.
 */
public final class PageRules {

    /** A path's length: what a wiki link may name ({@code [[...]]} takes at most 200 characters). */
    public static final int MAX_PATH = 200;
    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 300;
    /**
     * A page's text: at most a million characters (about 1 MB of plain text). Far beyond any page a person writes,
     * and what keeps a revision, its rendering and a diff of it cheap enough to serve.
     */
    public static final int MAX_TEXT = 1_000_000;
    /** Enough to say what a page is about and few enough that each tag still means something; the database checks it too. */
    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG = 40;
    /** Lower-case words of letters a to z and digits, joined by single hyphens: {@code tls-certificates}. */
    private static final Pattern TAG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /**
     * Words a path may not end with, since the page's own addresses end with them ({@code /kb/a/edit} edits
     * {@code a}); and {@code revisions} before a number, for {@code /kb/a/revisions/3}; and {@code attachments}
     * before any last word, for {@code /kb/a/attachments/plan.pdf}, a file attached to {@code a}.
     */
    public static final Set<String> RESERVED_LAST_SEGMENTS = Set.of("edit", "history", "diff", "revisions", "revert",
            "move", "preview", "attachments");
    /**
     * Paths the wiki's own pages take: {@code /kb/changes} lists recent changes, {@code /kb/search} searches,
     * {@code /kb/tags} lists the tags; and nothing below {@code tags}, where {@code /kb/tags/backup} lists a tag's
     * pages.
     */
    public static final Set<String> RESERVED_PATHS = Set.of("changes", "search", "export", "tags");
    private static final String RESERVED_FOLDER = "tags/";

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private PageRules() {
    }

    /** A path as the wiki stores it, or the problems with it. */
    public static String path(String field, String path) {
        List<FieldProblem> problems = new ArrayList<>();
        String checked = checkPath(field, path, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return checked;
    }

    static String checkPath(String field, String path, List<FieldProblem> problems) {
        if (path == null || path.isBlank()) {
            problems.add(FieldProblem.of(field, "required", "is required"));
            return null;
        }
        String normalised = WikiPaths.normalise(path);
        if (normalised.isEmpty() || !normalised.equals(path)) {
            problems.add(FieldProblem.of(field, "path_characters", "may hold only lower-case letters, digits, '-' "
                    + "and '_', in parts separated by '/'" + (normalised.isEmpty() ? "" : ": " + normalised
                            + " would do"),
                    normalised));
            return null;
        }
        if (path.length() > MAX_PATH) {
            problems.add(FieldProblem.of(field, "max_length", "must be at most " + MAX_PATH + " characters long",
                    MAX_PATH, path.length()));
            return null;
        }
        String[] segments = path.split("/");
        String last = segments[segments.length - 1];
        boolean revisionAddress = segments.length > 1 && segments[segments.length - 2].equals("revisions")
                && last.chars().allMatch(Character::isDigit)
                || segments.length > 1 && segments[segments.length - 2].equals("attachments");
        boolean reservedPath = RESERVED_PATHS.contains(path) || path.startsWith(RESERVED_FOLDER);
        if (reservedPath || RESERVED_LAST_SEGMENTS.contains(last) || revisionAddress) {
            problems.add(FieldProblem.of(field, "path_reserved", "may not be '" + path + "': the wiki's own pages "
                    + "use " + (reservedPath ? "this path" : "this ending"), path));
            return null;
        }
        return path;
    }

    /** A save checked and tidied: text with {@code \n} line ends, trimmed title, lower-case language. */
    static PageEdit edit(PageEdit edit, String path) {
        List<FieldProblem> problems = new ArrayList<>();
        if (path != null) {
            checkPath("path", path, problems);
        }
        if (edit == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("title", "required", "is required")));
        }
        String title = edit.title() == null ? "" : edit.title().strip();
        if (title.isEmpty()) {
            problems.add(FieldProblem.of("title", "required", "is required"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(FieldProblem.of("title", "max_length", "must be at most " + MAX_TITLE
                    + " characters long", MAX_TITLE, title.length()));
        }
        String markdown = text(edit.markdown());
        if (markdown.length() > MAX_TEXT) {
            problems.add(textTooLong(markdown));
        }
        String language = edit.language() == null ? "" : edit.language().strip().toLowerCase(Locale.ROOT);
        if (language.isEmpty()) {
            problems.add(FieldProblem.of("language", "required", "is required"));
        } else if (language.length() != 2 || !LANGUAGES.contains(language)) {
            problems.add(FieldProblem.of("language", "language", "must be an ISO 639-1 language code, such as en "
                    + "or fr", language));
        }
        if (edit.visibility() == null) {
            problems.add(FieldProblem.of("visibility", "required", "is required: PUBLIC or MEMBERS"));
        }
        String summary = edit.summary() == null || edit.summary().isBlank() ? null : edit.summary().strip();
        if (summary != null && summary.length() > MAX_SUMMARY) {
            problems.add(FieldProblem.of("summary", "max_length", "must be at most " + MAX_SUMMARY
                    + " characters long", MAX_SUMMARY, summary.length()));
        }
        List<String> tags = checkTags(edit.tags(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PageEdit(title, markdown, language, edit.visibility(), summary, tags);
    }

    /**
     * Tags as stored: each trimmed and in lower case, blank ones skipped, without duplicates, sorted; {@code null}
     * (the tags as they were) stays {@code null}. Each tag that is not a tag is reported, naming the field
     * {@code tags} and quoting it, with what would do when there is something (accents folded, other characters as
     * hyphens: "Sécurité" as "securite").
     */
    static List<String> checkTags(List<String> tags, List<FieldProblem> problems) {
        if (tags == null) {
            return null;
        }
        TreeSet<String> normalised = new TreeSet<>();
        boolean bad = false;
        for (String written : tags) {
            String tag = written == null ? "" : written.strip().toLowerCase(Locale.ROOT);
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.length() > MAX_TAG) {
                problems.add(FieldProblem.of("tags", "tag_length", "may hold tags of at most " + MAX_TAG
                        + " characters: '" + tag + "' has " + tag.length(), MAX_TAG, tag));
                bad = true;
            } else if (!TAG.matcher(tag).matches()) {
                String suggestion = tagFor(tag);
                problems.add(FieldProblem.of("tags", "tag_characters", "may hold only tags of lower-case letters "
                        + "a to z, digits and single hyphens between them: '" + tag + "' is not one"
                        + (suggestion.isEmpty() ? "" : ", '" + suggestion + "' would do"), tag, suggestion));
                bad = true;
            } else {
                normalised.add(tag);
            }
        }
        if (normalised.size() > MAX_TAGS) {
            problems.add(FieldProblem.of("tags", "too_many_tags", "may hold at most " + MAX_TAGS + " tags, not "
                    + normalised.size(), MAX_TAGS, normalised.size()));
            bad = true;
        }
        return bad ? null : List.copyOf(normalised);
    }

    /** A text as stored ({@link #text}), or the problem with it: longer than a page may hold. */
    static String checkedText(String markdown) {
        String text = text(markdown);
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(List.of(textTooLong(text)));
        }
        return text;
    }

    private static FieldProblem textTooLong(String text) {
        return FieldProblem.of("markdown", "max_length", "must be at most " + MAX_TEXT + " characters long",
                MAX_TEXT, text.length());
    }

    /** What a refused tag could be: Latin accents folded, any other run of characters as one hyphen. */
    static String tagFor(String written) {
        String folded = Normalizer.normalize(written, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss").toLowerCase(Locale.ROOT);
        String tag = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return tag.length() > MAX_TAG ? "" : tag;
    }

    /**
     * A text as stored: {@code \n} line ends (a browser sends a text area's with {@code \r\n}), and a final line
     * break unless it is empty, so that a line merged from one revision never runs into the next.
     */
    static String text(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        String text = markdown.indexOf('\r') < 0 ? markdown : markdown.replace("\r\n", "\n").replace('\r', '\n');
        return text.endsWith("\n") ? text : text + "\n";
    }

    static String summary(String summary) {
        if (summary == null || summary.isBlank()) {
            return null;
        }
        String stripped = summary.strip();
        if (stripped.length() > MAX_SUMMARY) {
            throw InvalidInputException.of("summary", "max_length", "must be at most " + MAX_SUMMARY
                    + " characters long", MAX_SUMMARY, stripped.length());
        }
        return stripped;
    }
}
