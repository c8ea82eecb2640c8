package st.libreho.governance.internal.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import st.libreho.governance.Governance;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.ProposalView;
import st.libreho.platform.Page;
import st.libreho.platform.web.cache.CachedForVisitors;
import st.libreho.platform.web.feeds.AtomWriter;

/**
 * The public decision log as JSON and Atom, and the network's news (adopted press releases) as Atom. The same for
 * every reader: a decision is public once taken.
 */
@Path("/")
@Tag(name = "Governance: proposals and decisions")
public class DecisionFeeds {

    static final int ENTRIES = 50;

    private final Governance governance;

    public DecisionFeeds(Governance governance) {
        this.governance = governance;
    }

    @GET
    @Path("decisions.json")
    @Produces(MediaType.APPLICATION_JSON)
    @CachedForVisitors(maxAgeSeconds = 60)
    @Operation(summary = "The decision log", description = "Every closed proposal, newest first, with its outcome, "
            + "final text and earlier versions, the rules frozen on it, the stances by organisation with who spoke, "
            + "the objection ledger and any appeal; paginated (page from 1, size up to 100), filtered by kind.")
    public Page<ProposalView> decisions(@QueryParam("kind") String kind,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size) {
        List<st.libreho.platform.FieldProblem> problems = new java.util.ArrayList<>();
        ProposalKind chosen = kind == null || kind.isBlank() ? null
                : GovernanceJson.value(ProposalKind.class, "kind", kind, problems);
        if (!problems.isEmpty()) {
            throw new st.libreho.platform.InvalidInputException(problems);
        }
        return governance.decisions(chosen, page, size);
    }

    @GET
    @Path("decisions.atom")
    @Produces(AtomWriter.MEDIA_TYPE)
    @CachedForVisitors(maxAgeSeconds = 60)
    @Operation(summary = "The decision log as Atom", description = "The 50 latest outcomes.")
    public String decisionsAtom(@Context UriInfo uri) {
        String base = base(uri);
        List<ProposalView> decisions = governance.decisions(null, 1, ENTRIES).items();
        return AtomWriter.feed(base + "/decisions", "Librehosters: decisions", updated(decisions),
                base + "/decisions.atom", base + "/decisions",
                decisions.stream().map(d -> new AtomWriter.Entry(base + "/decisions/proposals/" + d.id(),
                        d.title(), d.openedAt(), d.closedAt(), d.openedBy(),
                        List.of(d.kind().name().toLowerCase(Locale.ROOT), d.outcome().name().toLowerCase(Locale.ROOT)),
                        outcomeSentence(d))).toList());
    }

    @GET
    @Path("news.atom")
    @Produces(AtomWriter.MEDIA_TYPE)
    @CachedForVisitors(maxAgeSeconds = 60)
    @Operation(summary = "The network's news as Atom", description = "Press releases, once the members adopted them.")
    public String newsAtom(@Context UriInfo uri) {
        String base = base(uri);
        List<ProposalView> news = governance.news(1, ENTRIES).items();
        return AtomWriter.feed(base + "/news", "Librehosters: news", updated(news), base + "/news.atom",
                base + "/news", news.stream().map(d -> new AtomWriter.Entry(base + "/news#release-" + d.id(),
                        d.title(), d.effectiveAt(), d.effectiveAt(), "Librehosters", List.of(), d.text())).toList());
    }

    private static String outcomeSentence(ProposalView decision) {
        return switch (decision.outcome()) {
            case CONSENSUS -> "Adopted by consensus.";
            case ROUGH_CONSENSUS -> "Adopted by rough consensus: " + decision.rationale();
            case NOT_ADOPTED -> "Not adopted.";
            case WITHDRAWN -> "Withdrawn.";
        };
    }

    private static Instant updated(List<ProposalView> decisions) {
        // the newest entry, not the time of asking: the same data gives the same bytes (ADR 0009)
        return decisions.isEmpty() ? Instant.EPOCH : decisions.get(0).closedAt();
    }

    private static String base(UriInfo uri) {
        return uri.getBaseUri().toString().replaceAll("/+$", "");
    }
}
