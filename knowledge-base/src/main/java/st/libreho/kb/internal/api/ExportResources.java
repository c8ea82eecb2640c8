package st.libreho.kb.internal.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import st.libreho.kb.ExportedPage;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.WikiExport;
import st.libreho.kb.internal.markdown.MarkdownExport;
import st.libreho.platform.Actor;
import st.libreho.platform.web.Identities;
import st.libreho.platform.web.cache.CachedForVisitors;

/**
 * The wiki's pages to take away: a zip of Markdown files that reads offline, and one JSON document. Visitors and
 * members get the public pages; an operator gets the members-only pages too. Visitors' answers are kept (ADR 0009);
 * each is built alone ({@link ExportBuilds}), from one read of the wiki.
 */
public final class ExportResources {

    private ExportResources() {
    }

    @Path("/kb/export.zip")
    @Tag(name = "Knowledge base")
    public static class Zip {

        private final KnowledgeBase knowledgeBase;
        private final SecurityIdentity identity;
        private final ExportBuilds builds;

        public Zip(KnowledgeBase knowledgeBase, SecurityIdentity identity, ExportBuilds builds) {
            this.knowledgeBase = knowledgeBase;
            this.identity = identity;
            this.builds = builds;
        }

        @GET
        @Produces("application/zip")
        @Operation(summary = "Every page as a Markdown file with YAML front matter, wiki links rewritten to relative"
                + " links between the files, and an index.md")
        @APIResponse(responseCode = "503", description = "Another export is being built: ask again after Retry-After")
        @CachedForVisitors(maxAgeSeconds = 60)
        public Response export() {
            Actor reader = Identities.actorOf(identity);
            return builds.one(() -> zip(knowledgeBase.export(reader)))
                    .map(zip -> Response.ok(zip, "application/zip")
                            .header("Content-Disposition", "attachment; filename=\"librehosters-kb.zip\"").build())
                    .orElseGet(() -> ExportBuilds.busy("/kb/export.zip"));
        }

        /** Built in memory: about 1.1 MB for 1,000 pages of 5 KB, written in 0.6 s (MarkdownExportTest measures it). */
        private static byte[] zip(WikiExport export) {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try {
                MarkdownExport.write(export.pages(), export.attachments(), zip);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return zip.toByteArray();
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
        private final ExportBuilds builds;

        public Json(KnowledgeBase knowledgeBase, SecurityIdentity identity, ExportBuilds builds) {
            this.knowledgeBase = knowledgeBase;
            this.identity = identity;
            this.builds = builds;
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        @Operation(summary = "Every page with its current text: path, title, language, visibility, revision,"
                + " updatedAt, updatedBy, markdown, tags")
        @APIResponse(responseCode = "200", description = "The pages", content = @Content(schema = @Schema(implementation = ExportDocument.class)))
        @APIResponse(responseCode = "503", description = "Another export is being built: ask again after Retry-After")
        @CachedForVisitors(maxAgeSeconds = 60)
        public Response export() {
            Actor reader = Identities.actorOf(identity);
            return builds.one(() -> new ExportDocument(knowledgeBase.exportPages(reader)))
                    .map(document -> Response.ok(document).build())
                    .orElseGet(() -> ExportBuilds.busy("/kb/export.json"));
        }
    }
}
