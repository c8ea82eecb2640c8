package st.libreho.kb.internal.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.PageDiff;
import st.libreho.kb.PageEdit;
import st.libreho.kb.PageHistory;
import st.libreho.kb.PageRevision;
import st.libreho.kb.PageView;
import st.libreho.kb.RecentChange;
import st.libreho.kb.RevisionSummary;
import st.libreho.kb.RevisionView;
import st.libreho.kb.SaveResult;
import st.libreho.kb.SearchHit;
import st.libreho.kb.TagCount;
import st.libreho.kb.Visibility;
import st.libreho.platform.Actor;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.Page;
import st.libreho.platform.web.Identities;
import st.libreho.platform.web.cache.CachedForVisitors;
import st.libreho.platform.web.errors.Problem;

/**
 * The knowledge base's pages: public reading, and writing by members, where a save carries the revision it started
 * from and is merged with what others saved meanwhile, or answered with a 409 that keeps everything (ADR 0011).
 * Paths hold slashes ({@code guides/backups}); a path never ends with the words these addresses add.
 */
@Path("/api/v1/pages")
@Tag(name = "Knowledge base")
@Produces(MediaType.APPLICATION_JSON)
public class PagesResource {

    private static final String PATH = "{path: .+}";

    private final KnowledgeBase knowledgeBase;
    private final SecurityIdentity identity;

    public PagesResource(KnowledgeBase knowledgeBase, SecurityIdentity identity) {
        this.knowledgeBase = knowledgeBase;
        this.identity = identity;
    }

    private Actor actor() {
        return Identities.actorOf(identity);
    }

    // --- reading --------------------------------------------------------------------------------------------

    @GET
    @CachedForVisitors
    @Operation(summary = "Search the pages", description = "Full text in each page's language: accents and French or "
            + "English word endings do not matter, titles and tags weigh more than texts. Each hit has its path, "
            + "title, language, rank and a snippet as HTML (the page's text escaped, the words found in <mark>). "
            + "Members-only pages are found by members and operators only. tag narrows the search to the pages with "
            + "that tag (written in any case: Backup is backup; one that can be no tag finds nothing); a tag without "
            + "q lists its pages by title, each with the start of its text as its snippet and rank 0. Paginated "
            + "(page from 1, size up to 100); no q and no tag, no hits.")
    public Page<SearchHit> search(@QueryParam("q") String q, @QueryParam("tag") String tag,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return knowledgeBase.search(q, tag, page, size, actor());
    }

    @GET
    @Path("tags")
    @CachedForVisitors
    @Operation(summary = "Every tag", description = "Each tag of the pages the reader may see, with the number of "
            + "those pages that carry it ({tag, pages}), by tag. The pages with a tag: GET /api/v1/pages?tag=.")
    public List<TagCount> tags() {
        return knowledgeBase.tags(actor());
    }

    @GET
    @Path(PATH)
    @CachedForVisitors
    @Operation(summary = "A page, rendered", description = "Its current revision's Markdown and sanitised HTML, its "
            + "tags, table of contents, breadcrumbs, children, backlinks and the paths it links to where no page is. A "
            + "members-only page is a 404 for anyone but members and operators. A path the page was moved from, or "
            + "a path not written as the wiki writes it, answers 307 to the page's address (temporary: another page may take the old path over).")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "307", description = "The page is at another path (see Location)")
    @APIResponse(responseCode = "404", description = "No page the reader may see at this path")
    public Response page(@PathParam("path") String path) {
        PageView page = knowledgeBase.page(path, actor()).orElseThrow(() -> notFound(path));
        if (!page.path().equals(path)) {
            return Response.status(307).location(URI.create("/api/v1/pages/" + page.path())).build();
        }
        return Response.ok(PagesJson.PageJson.of(page)).build();
    }

    @GET
    @Path("changes")
    @CachedForVisitors
    @Operation(summary = "Recent changes", description = "Every revision of the pages the reader may see, newest "
            + "first; paginated (page from 1, size up to 100).")
    public Page<RecentChange> changes(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return knowledgeBase.recentChanges(page, size, actor());
    }

    @GET
    @Path(PATH + "/revisions")
    @CachedForVisitors
    @Operation(summary = "A page's history", description = "Its revisions, newest first, without their texts; "
            + "paginated (page from 1, size up to 100). Someone who is not a member sees only public revisions.")
    public Page<RevisionSummary> revisions(@PathParam("path") String path,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("50") int size) {
        PageHistory history = knowledgeBase.history(path, page, size, actor()).orElseThrow(() -> notFound(path));
        return history.revisions();
    }

    @GET
    @Path(PATH + "/revisions/{revision: [0-9]{1,9}}")
    @CachedForVisitors
    @Operation(summary = "One revision of a page as it was", description = "Its Markdown and rendered HTML.")
    public RevisionView revision(@PathParam("path") String path, @PathParam("revision") int revision) {
        return knowledgeBase.revision(path, revision, actor())
                .orElseThrow(() -> new NotFoundException("The page " + path + " has no revision " + revision
                        + " that you may see."));
    }

    @GET
    @Path(PATH + "/diff")
    @CachedForVisitors
    @Operation(summary = "What changed between two revisions", description = "The lines that differ (histogram "
            + "diff), three unchanged lines around each change, and inside a changed line the words that changed. "
            + "from defaults to the revision before to; to defaults to the current revision.")
    public PageDiff diff(@PathParam("path") String path, @QueryParam("from") Integer from,
            @QueryParam("to") Integer to) {
        return knowledgeBase.diff(path, from, to, actor()).orElseThrow(() -> new NotFoundException(
                "The page " + path + " has no such revisions that you may see."));
    }

    // --- writing --------------------------------------------------------------------------------------------

    @PUT
    @Path(PATH)
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or save a page (members)", description = "baseRevision is the revision you "
            + "started from, null to create the page. If the page changed since, your changes are merged with the "
            + "others' (200 with \"merged\": true) or, when they overlap, nothing is saved and the answer is a 409 "
            + "with yours, theirs, base and currentRevision: resolve, then save again with baseRevision "
            + "currentRevision. language is an ISO 639-1 code; visibility PUBLIC or MEMBERS; the Markdown at most "
            + "1,000,000 characters. tags is an array of lower-case words of letters a to z and digits joined by "
            + "hyphens (backup, tls-certificates), at most 10, each at most 40 characters; they are stored trimmed, "
            + "in lower case, without duplicates and sorted. Without tags (absent or null) the tags stay as they were "
            + "at baseRevision (none for a new page); [] removes them. Concurrent changes to tags merge tag by tag "
            + "(each side's additions and removals are kept); only a result with more than 10 tags is a conflict "
            + "(conflicting: tags). A bad tag is a 422 naming tags. page, optional, is the page token a GET of the "
            + "page gave: with it, a save that reaches another page (yours was moved away and another page took its "
            + "path) is a 409 conflicting on page, with that page as theirs and its token as page; without it, the "
            + "page at the path is saved over.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "200", description = "Saved (\"merged\": true when merged with others' changes)")
    @APIResponse(responseCode = "403", description = "Not a member of the network")
    @APIResponse(responseCode = "409", description = "Your changes overlap others': nothing was saved", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "422", description = "A field is not valid; each is named")
    public Response save(@PathParam("path") String path, PagesJson.PageRequest body) {
        if (body == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("title", "required", "is required")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Visibility visibility = visibility(body.visibility(), problems);
        PageEdit edit = new PageEdit(body.title(), body.markdown(), body.language(), visibility, body.summary(),
                body.tags());
        SaveResult result;
        try {
            result = knowledgeBase.save(path, edit, body.baseRevision(), body.page(), actor());
        } catch (InvalidInputException invalid) {
            throw withProblems(invalid, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems); // not reached: the facade refuses a missing visibility
        }
        return answer(result, path);
    }

    @POST
    @Path(PATH + "/revert")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revert a page to a revision (members)", description = "Makes the revision's title, "
            + "language and text current again as a new revision; the page keeps its visibility. baseRevision is "
            + "the revision you saw as current: the same merge rule as a save applies.")
    @APIResponse(responseCode = "200", description = "Reverted (\"merged\": true when merged with others' changes)")
    @APIResponse(responseCode = "409", description = "The revert overlaps changes saved since baseRevision", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response revert(@PathParam("path") String path, PagesJson.RevertRequest body) {
        if (body == null || body.revision() == null) {
            throw InvalidInputException.of("revision", "required", "is required");
        }
        return answer(knowledgeBase.revert(path, body.revision(), body.baseRevision(), body.summary(), actor()),
                path);
    }

    @POST
    @Path(PATH + "/move")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a page to another path (members)", description = "The former path leads to the page "
            + "from then on; the pages below it stay where they are. Refused (422, naming newPath) onto a path that "
            + "holds a page.")
    public Response move(@PathParam("path") String path, PagesJson.MoveRequest body) {
        if (body == null) {
            throw InvalidInputException.of("newPath", "required", "is required");
        }
        PageRevision moved = knowledgeBase.move(path, body.newPath(), body.summary(), actor());
        RevisionSummary revision = moved.revision();
        return Response.ok(new PagesJson.SavedJson(moved.path(), revision.number(), revision.title(),
                revision.language(), revision.visibility(), moved.markdown(), revision.summary(),
                revision.createdAt(), revision.authorName(), false, "MOVED", revision.tags()))
                .location(URI.create("/api/v1/pages/" + moved.path())).build();
    }

    @PUT
    @Path(PATH + "/attachments/{name}")
    @Authenticated
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file to a page (members)", description = "The body is the file, as it is. The "
            + "name is made safe (no folders, no leading dots, at most 100 characters); a name the page already has "
            + "gets a new version and the older one is kept. The content type is decided from the bytes (PNG, "
            + "JPEG, GIF, WebP, PDF, UTF-8 text, else application/octet-stream), whatever Content-Type says. "
            + "Read it back at /kb/{path}/attachments/{name}.")
    @APIResponse(responseCode = "201", description = "Stored (the name as stored, its version, type and size)")
    @APIResponse(responseCode = "403", description = "Not a member of the network")
    @APIResponse(responseCode = "404", description = "No page at this path")
    @APIResponse(responseCode = "422", description = "The file is empty or larger than the limit (field file), or "
            + "the name has nothing left once made safe (field name)")
    public Response attach(@PathParam("path") String path, @PathParam("name") String name, byte[] body) {
        st.libreho.kb.AttachmentInfo stored = knowledgeBase.attach(path, name, body, actor());
        String page = knowledgeBase.normalisePath(path);
        return Response.created(URI.create("/kb/" + page + "/attachments/"
                + java.net.URLEncoder.encode(stored.name(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"))).entity(stored).build();
    }

    private static Response answer(SaveResult result, String path) {
        if (result.isConflict()) {
            return Response.status(409).type(Problem.MEDIA_TYPE)
                    .entity(PagesJson.conflict(result.conflict(), "/api/v1/pages/" + path)).build();
        }
        PagesJson.SavedJson saved = PagesJson.SavedJson.of(result);
        if (result.outcome() == st.libreho.kb.SaveOutcome.CREATED) {
            return Response.created(URI.create("/api/v1/pages/" + saved.path())).entity(saved).build();
        }
        return Response.ok(saved).build();
    }

    /** Bad input is a 422 here, as the pages API promises, each field named. */
    @ServerExceptionMapper
    public Response invalid(InvalidInputException exception, HttpServerRequest request) {
        return Problem.unprocessable(exception, request.path());
    }

    private static Visibility visibility(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Visibility.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(FieldProblem.of("visibility", "invalid", "must be PUBLIC or MEMBERS", value));
            return null;
        }
    }

    /** The facade's problems, with this resource's own for a field in place of the facade's word on it. */
    private static InvalidInputException withProblems(InvalidInputException invalid, List<FieldProblem> ours) {
        if (ours.isEmpty()) {
            return invalid;
        }
        List<FieldProblem> all = new ArrayList<>(invalid.problems().stream()
                .filter(problem -> ours.stream().noneMatch(own -> own.field().equals(problem.field()))).toList());
        all.addAll(ours);
        return new InvalidInputException(all);
    }

    private static NotFoundException notFound(String path) {
        return new NotFoundException("There is no page at " + path + ".");
    }
}
