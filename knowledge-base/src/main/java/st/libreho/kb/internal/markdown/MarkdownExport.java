package st.libreho.kb.internal.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import st.libreho.kb.AttachmentFile;
import st.libreho.kb.ExportedPage;

/**
 * The wiki as a zip of Markdown files that reads offline: each page at {@code <path>.md} with a YAML front matter
 * (title, path, language, revision, date, visibility, and tags as a flow sequence, {@code []} for none), its
 * {@code [[path]]} and {@code [[path|label]]} links rewritten to relative links between the files, and an index.
 * <p>
 * Links are rewritten in the Markdown as written, outside fenced code blocks and inline code spans (where the wiki
 * shows the brackets as they are too). A link to a page that is not in the export (missing, or members-only in a
 * public export) becomes its label as plain text; the index says so.
 */
public final class MarkdownExport {

    /** The listing's name, unless a page takes it. */
    static final String INDEX = "index";

    private MarkdownExport() {
    }

    /** Writes the zip to {@code out}, which it finishes but does not close. */
    public static void write(List<ExportedPage> pages, OutputStream out) throws IOException {
        write(pages, Map.of(), out);
    }

    /**
     * Writes the zip with each page's attached files beside it, in {@code <path>/attachments/<name>}, and the page's
     * links to them ({@code attachments/<name>}, relative to the page as the wiki reads them) pointed there.
     */
    public static void write(List<ExportedPage> pages, Map<String, List<AttachmentFile>> attachments,
            OutputStream out) throws IOException {
        Set<String> exported = pages.stream().map(ExportedPage::path).collect(Collectors.toSet());
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (ExportedPage page : pages) {
            zip.putNextEntry(new ZipEntry(page.path() + ".md"));
            zip.write(withAttachmentsBeside(file(page, exported), page.path()).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (AttachmentFile attached : attachments.getOrDefault(page.path(), List.of())) {
                zip.putNextEntry(new ZipEntry(page.path() + "/attachments/" + attached.name()));
                zip.write(attached.bytes());
                zip.closeEntry();
            }
        }
        zip.putNextEntry(new ZipEntry(indexName(exported) + ".md"));
        zip.write(index(pages).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    /**
     * The page's links to its files, {@code attachments/x} (the wiki reads them from the page's address) or
     * {@code /kb/a/b/attachments/x}, made to lead from the file {@code a/b.md} to {@code a/b/attachments/x}:
     * {@code b/attachments/x}.
     */
    static String withAttachmentsBeside(String markdown, String path) {
        String beside = "](" + path.substring(path.lastIndexOf('/') + 1) + "/attachments/";
        // the two ways a page shows its own files: relative to it, or by their address on the site
        return markdown.replace("](attachments/", beside).replace("](/kb/" + path + "/attachments/", beside);
    }

    /** {@code index}, or {@code index-1}, {@code index-2}... when pages have those paths. */
    static String indexName(Set<String> exported) {
        String name = INDEX;
        for (int i = 1; exported.contains(name); i++) {
            name = INDEX + "-" + i;
        }
        return name;
    }

    static String file(ExportedPage page, Set<String> exported) {
        return "---\n"
                + "title: " + yamlString(page.title()) + "\n"
                + "path: " + yamlString(page.path()) + "\n"
                + "language: " + yamlString(page.language()) + "\n"
                + "revision: " + page.revision() + "\n"
                + "date: " + yamlString(page.updatedAt().toString()) + "\n"
                + "visibility: " + yamlString(page.visibility().name().toLowerCase(java.util.Locale.ROOT)) + "\n"
                + "tags: " + page.tags().stream().map(MarkdownExport::yamlString)
                        .collect(Collectors.joining(", ", "[", "]")) + "\n"
                + "---\n\n"
                + rewriteLinks(page.markdown(), page.path(), exported);
    }

    static String index(List<ExportedPage> pages) {
        StringBuilder text = new StringBuilder("---\ntitle: ").append(yamlString("Knowledge base")).append("\n---\n\n")
                .append("# Knowledge base\n\n")
                .append("Every page of this export, by path. Links between pages lead to the files beside them;"
                        + " a link to a page that is not in this export is kept as plain text.\n\n");
        for (ExportedPage page : pages) {
            text.append("- [").append(escapeLabel(page.title())).append("](").append(page.path()).append(".md)")
                    .append(" (`").append(page.path()).append("`)\n");
        }
        return text.toString();
    }

    /**
     * A YAML double-quoted scalar: always quoted, so that a colon, a {@code #}, quotes or a leading {@code -} stay
     * text; backslash, double quote and every control or line-breaking character escaped.
     */
    static String yamlString(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029
                            || c == 0xfeff) {
                        quoted.append(String.format("\\u%04x", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }

    /** The Markdown with its wiki links as relative links to the exported files, or as plain text. */
    static String rewriteLinks(String markdown, String from, Set<String> exported) {
        StringBuilder out = new StringBuilder(markdown.length());
        String fence = null;
        for (String line : markdown.split("(?<=\n)", -1)) {
            String opening = line.stripLeading();
            if (fence != null) {
                if (opening.startsWith(fence)) {
                    fence = null;
                }
                out.append(line);
            } else if (opening.startsWith("```") || opening.startsWith("~~~")) {
                fence = opening.substring(0, 3);
                out.append(line);
            } else {
                out.append(rewriteLine(line, from, exported));
            }
        }
        return out.toString();
    }

    /** Outside inline code spans (runs of backticks closed by a run of the same length). */
    private static String rewriteLine(String line, String from, Set<String> exported) {
        StringBuilder out = new StringBuilder(line.length());
        int at = 0;
        while (at < line.length()) {
            int tick = line.indexOf('`', at);
            if (tick < 0) {
                out.append(rewriteText(line.substring(at), from, exported));
                break;
            }
            out.append(rewriteText(line.substring(at, tick), from, exported));
            int run = tick;
            while (run < line.length() && line.charAt(run) == '`') {
                run++;
            }
            String ticks = line.substring(tick, run);
            int close = line.indexOf(ticks, run);
            int end = close < 0 ? run : close + ticks.length();
            out.append(line, tick, end);
            at = end;
        }
        return out.toString();
    }

    private static String rewriteText(String text, String from, Set<String> exported) {
        if (!text.contains("[[")) {
            return text;
        }
        Matcher matcher = WikiLinkFinder.WIKI_LINK.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int done = 0;
        while (matcher.find()) {
            String written = matcher.group(1).strip();
            String path = WikiPaths.normalise(written);
            if (path.isEmpty()) {
                continue;
            }
            String label = matcher.group(2) == null || matcher.group(2).isBlank() ? written : matcher.group(2).strip();
            out.append(text, done, matcher.start());
            if (exported.contains(path)) {
                out.append('[').append(escapeLabel(label)).append("](").append(relative(from, path)).append(')');
            } else {
                out.append(label);
            }
            done = matcher.end();
        }
        return out.append(text.substring(done)).toString();
    }

    private static String escapeLabel(String label) {
        return label.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    /** The link from the file of page {@code from} to the file of page {@code to}: {@code a/b} to {@code c} is {@code ../c.md}. */
    static String relative(String from, String to) {
        String[] fromSegments = from.split("/");
        String[] toSegments = to.split("/");
        int fromDirectories = fromSegments.length - 1;
        int common = 0;
        while (common < fromDirectories && common < toSegments.length - 1
                && fromSegments[common].equals(toSegments[common])) {
            common++;
        }
        return "../".repeat(fromDirectories - common)
                + String.join("/", Arrays.copyOfRange(toSegments, common, toSegments.length)) + ".md";
    }
}
