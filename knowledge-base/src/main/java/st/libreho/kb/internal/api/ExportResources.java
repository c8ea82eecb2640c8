package st.libreho.kb.internal.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import st.libreho.kb.AttachmentFile;
import st.libreho.kb.ExportedPage;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.internal.markdown.MarkdownExport;
import st.libreho.platform.Actor;
import st.libreho.platform.web.Identities;
import st.libreho.platform.web.cache.CachedForVisitors;

/**
 * The wiki's pages to take away: a zip of Markdown files that reads offline, and one JSON document. Visitors and
 * members get the public pages; an operator gets the members-only pages too. Visitors' answers are kept (ADR 0009).
 */
public final class ExportResources {

    private ExportResources() {
    }

    @Path("/kb/export.zip")
    @Tag(name = "Knowledge base")
    public static class Zip {

        private final KnowledgeBase knowledgeBase;
        private final SecurityIdentity identity;

        public Zip(KnowledgeBase knowledgeBase, SecurityIdentity identity) {
            this.knowledgeBase = knowledgeBase;
            this.identity = identity;
        }

        @GET
        @Produces("application/zip")
        @Operation(summary = "Every page as a Markdown file with YAML front matter, wiki links rewritten to relative"
                + " links between the files, and an index.md")
        @CachedForVisitors(maxAgeSeconds = 60)
        public Response export() {
            Actor reader = Identities.actorOf(identity);
            List<ExportedPage> pages = knowledgeBase.exportPages(reader);
            // each page's files beside it, as the page shows them (the current version of each name)
            Map<String, List<AttachmentFile>> files = new HashMap<>();
            for (ExportedPage page : pages) {
                List<AttachmentFile> attached = knowledgeBase.attachments(page.path(), reader).stream()
                        .map(info -> knowledgeBase.attachment(page.path(), info.name(), null, reader))
                        .flatMap(Optional::stream).toList();
                if (!attached.isEmpty()) {
                    files.put(page.path(), attached);
                }
            }
            // built in memory: about 1.1 MB for 1,000 pages of 5 KB, written in 0.6 s (MarkdownExportTest measures it)
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try {
                MarkdownExport.write(pages, files, zip);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Response.ok(zip.toByteArray(), "application/zip")
                    .header("Content-Disposition", "attachment; filename=\"librehosters-kb.zip\"").build();
        }
    }

    /** The JSON export's document. */
    public record ExportDocument(List<ExportedPage> pages) {
    }

    @Path("/kb/export.json")
    @Tag(name = "Knowledge base")
    public static class Json {

        private final KnowledgeBase knowledgeBase;
        private final SecurityIdentity identity;

        public Json(KnowledgeBase knowledgeBase, SecurityIdentity identity) {
            this.knowledgeBase = knowledgeBase;
            this.identity = identity;
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        @Operation(summary = "Every page with its current text: path, title, language, visibility, revision,"
                + " updatedAt, updatedBy, markdown, tags")
        @CachedForVisitors(maxAgeSeconds = 60)
        public ExportDocument export() {
            return new ExportDocument(knowledgeBase.exportPages(Identities.actorOf(identity)));
        }
    }
}
