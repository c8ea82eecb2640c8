package st.libreho.kb.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import st.libreho.kb.AttachmentFile;
import st.libreho.kb.ExportedPage;
import st.libreho.kb.Visibility;

/** The zip's files without a server: links, front matter, and the size of a large export. */
class MarkdownExportTest {

    private static ExportedPage page(String path, String title, String markdown) {
        return page(path, title, markdown, List.of());
    }

    private static ExportedPage page(String path, String title, String markdown, List<String> tags) {
        return new ExportedPage(path, title, "en", Visibility.PUBLIC, 3, Instant.parse("2026-12-02T10:15:30Z"),
                "Mia Member", markdown, tags);
    }

    @Test
    void aPagesFilesGoBesideItAndItsLinksToThemStillWork() throws Exception {
        ExportedPage pictures = page("guides/pictures", "Pictures",
                "![rack](attachments/rack.png) and [the plan](/kb/guides/pictures/attachments/plan.pdf)\n");
        byte[] png = { (byte) 0x89, 'P', 'N', 'G' };
        AttachmentFile rack = new AttachmentFile("rack.png", 1, "image/png", true, png, true);
        AttachmentFile plan = new AttachmentFile("plan.pdf", 2, "application/pdf", true, new byte[] { '%' }, true);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();

        MarkdownExport.write(List.of(pictures), Map.of("guides/pictures", List.of(rack, plan)), zip);

        Map<String, byte[]> files = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip.toByteArray()))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        assertTrue(java.util.Arrays.equals(png, files.get("guides/pictures/attachments/rack.png")));
        assertTrue(files.containsKey("guides/pictures/attachments/plan.pdf"));
        String page = new String(files.get("guides/pictures.md"), java.nio.charset.StandardCharsets.UTF_8);
        // from guides/pictures.md, both lead to guides/pictures/attachments/...
        assertTrue(page.contains("![rack](pictures/attachments/rack.png)"), page);
        assertTrue(page.contains("[the plan](pictures/attachments/plan.pdf)"), page);
    }

    @Test
    void linksAreRelativeBetweenTheFiles() {
        assertEquals("../c.md", MarkdownExport.relative("a/b", "c"));
        assertEquals("c.md", MarkdownExport.relative("b", "c"));
        assertEquals("d.md", MarkdownExport.relative("a/b", "a/d"));
        assertEquals("../a.md", MarkdownExport.relative("a/b", "a"), "a parent page is a file beside the folder");
        assertEquals("a/b/c.md", MarkdownExport.relative("a", "a/b/c"), "a page and its folder sit side by side");
        assertEquals("../../x/y.md", MarkdownExport.relative("a/b/c", "x/y"));
        assertEquals("../b.md", MarkdownExport.relative("a/b/c", "a/b"));
    }

    @Test
    void wikiLinksBecomeFileLinksOrPlainTextAndCodeKeepsItsBrackets() {
        Set<String> exported = Set.of("guides/backups", "contact");
        String text = "See [[Guides/Backups]], [[contact|write to us]] or [[secret/plans|our plans]].\n"
                + "In code: `[[contact]]` stays.\n"
                + "```\n[[contact]]\n```\n"
                + "After the fence [[contact]].\n";
        assertEquals("See [Guides/Backups](backups.md), [write to us](../contact.md) or our plans.\n"
                + "In code: `[[contact]]` stays.\n"
                + "```\n[[contact]]\n```\n"
                + "After the fence [contact](../contact.md).\n",
                MarkdownExport.rewriteLinks(text, "guides/restore", exported));
    }

    @Test
    void frontMatterValuesAreQuotedSoThatAnyTitleStaysValidYaml() {
        String file = MarkdownExport.file(page("faq", "Q: \"why\" \\ #not a comment\n- ok", "Hello.\n"), Set.of());
        Map<String, Object> matter = FrontMatter.parse(file);
        assertEquals("Q: \"why\" \\ #not a comment\n- ok", matter.get("title"));
        assertEquals("faq", matter.get("path"));
        assertEquals(3, matter.get("revision"));
        assertEquals("2026-12-02T10:15:30Z", matter.get("date"));
        assertEquals("public", matter.get("visibility"));
        assertEquals("en", matter.get("language"));
        assertEquals(List.of(), matter.get("tags"), "no tags: an empty list, so that every file has the key");
        assertTrue(file.endsWith("---\n\nHello.\n"));
    }

    @Test
    void theFrontMatterCarriesTheTagsAsAYamlList() {
        String file = MarkdownExport.file(page("guides/tls", "TLS", "Text.\n", List.of("email", "tls-certificates")),
                Set.of());
        assertEquals(List.of("email", "tls-certificates"), FrontMatter.parse(file).get("tags"));
        assertTrue(file.contains("\ntags: [\"email\", \"tls-certificates\"]\n"), file);
    }

    @Test
    void controlAndLineSeparatorCharactersAreEscapedToo() {
        String title = "Bell\u0007, tab\t, separator\u2028, next line\u0085: 'ok' - yes";
        assertEquals(title, FrontMatter.parse(MarkdownExport.file(page("odd", title, ""), Set.of())).get("title"));
        assertEquals("\"a\\u0007b\"", MarkdownExport.yamlString("a\u0007b"));
    }

    @Test
    void theIndexStepsAsideForAPageCalledIndex() {
        assertEquals("index", MarkdownExport.indexName(Set.of("a")));
        assertEquals("index-2", MarkdownExport.indexName(Set.of("index", "index-1")));
    }

    @Test
    void aThousandPagesOfFiveKilobytesMakeABoundedZip() throws Exception {
        List<ExportedPage> pages = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            StringBuilder text = new StringBuilder();
            int line = 0;
            while (text.length() < 5000) {
                text.append("Line ").append(line++).append(" of page ").append(i).append(" about hosting ")
                        .append(Integer.toHexString((i * 7919 + line * 104729) & 0xffffff))
                        .append(", see [[section-").append(i % 10).append("/page-").append((i + line) % 1000)
                        .append("]].\n");
            }
            pages.add(page("section-" + (i % 10) + "/page-" + i, "Page " + i, text.toString()));
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        long start = System.nanoTime();
        MarkdownExport.write(pages, zip);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("export of 1,000 pages of 5 KB: %,d bytes zipped in %d ms%n", zip.size(), millis);
        assertTrue(zip.size() < 3_000_000, "the zip is kept in memory: " + zip.size());
        assertFalse(zip.size() == 0);
    }
}
