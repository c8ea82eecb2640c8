package st.libreho.directory.internal.api;

import static st.libreho.directory.internal.api.ApiSupport.parse;
import static st.libreho.directory.internal.api.ApiSupport.required;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import st.libreho.directory.Commitment;
import st.libreho.directory.ContactKind;
import st.libreho.directory.ContactView;
import st.libreho.directory.Delegate;
import st.libreho.directory.Directory;
import st.libreho.directory.DirectoryImportResult;
import st.libreho.directory.DirectoryQuery;
import st.libreho.directory.HistoryEntry;
import st.libreho.directory.ImportResult;
import st.libreho.directory.ManifestImport;
import st.libreho.directory.OrganisationExport;
import st.libreho.directory.OrganisationProfile;
import st.libreho.directory.OrganisationSummary;
import st.libreho.directory.OrganisationView;
import st.libreho.directory.PriceModel;
import st.libreho.directory.ServiceCategory;
import st.libreho.directory.ServiceView;
import st.libreho.directory.StatementView;
import st.libreho.platform.Actor;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.Page;
import st.libreho.platform.web.Identities;
import st.libreho.platform.web.cache.CachedForVisitors;

/** The member organisations: public reading, and writing by their delegates and by operators. */
@Path("/api/v1/members")
@Tag(name = "Directory")
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    private final Directory directory;
    private final SecurityIdentity identity;

    public MembersResource(Directory directory, SecurityIdentity identity) {
        this.directory = directory;
        this.identity = identity;
    }

    @CachedForVisitors
    @GET
    @Operation(summary = "Search the member organisations", description = "Free text over names, taglines, "
            + "descriptions and service names; filters by service category, language, country, open registrations "
            + "and price model; paginated (page from 1, size up to 100).")
    public Page<OrganisationSummary> search(@QueryParam("q") String text, @QueryParam("category") String category,
            @QueryParam("language") String language, @QueryParam("country") String country,
            @QueryParam("open") boolean open, @QueryParam("price") String price,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return directory.searchOrganisations(query(text, category, language, country, open, price, page, size));
    }

    static DirectoryQuery query(String text, String category, String language, String country, boolean open,
            String price, int page, int size) {
        return new DirectoryQuery(text, blank(category) ? null : parse(ServiceCategory.class, category, "category"),
                language, country, open, blank(price) ? null : parse(PriceModel.class, price, "price"), page, size);
    }

    @CachedForVisitors
    @GET
    @Path("{slug}")
    @Operation(summary = "One organisation with its services, contacts and commitment statements")
    public OrganisationProfile profile(@PathParam("slug") String slug) {
        return directory.profile(slug).orElseThrow(() -> notFound(slug));
    }

    @GET
    @Path("{slug}/history")
    @Operation(summary = "Every recorded change to the organisation, newest first", description = "The delegation's "
            + "addresses appear only to its delegates and operators.")
    public Page<HistoryEntry> history(@PathParam("slug") String slug, @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return directory.history(slug, page, size, actor());
    }

    @POST
    @RolesAllowed(Actor.OPERATOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a founding member (operators)")
    public Response create(Requests.NewOrganisation body) {
        required(body, "body");
        OrganisationView created = directory.createFoundingMember(body.slug(), required(body.details(), "details"),
                actor());
        return Response.created(URI.create("/api/v1/members/" + created.slug())).entity(created).build();
    }

    @POST
    @Path("import")
    @RolesAllowed(Actor.OPERATOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a founding member from a librehost.json (operators)", description = "The body is "
            + "the manifest itself, or {\"url\": ...} to have the server fetch it. Answers the created entry and "
            + "every field that could not be used.")
    public Response importMember(@QueryParam("slug") String slug, JsonNode body) {
        ImportResult result = directory.importFoundingMember(slug, manifestOf(body), actor());
        return Response.created(URI.create("/api/v1/members/" + result.organisation().slug())).entity(result)
                .build();
    }

    @POST
    @Path("import-directory")
    @RolesAllowed(Actor.OPERATOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a whole directory.json (operators)", description = "Fetches every member's "
            + "manifest and creates it as a founding member; one failure does not stop the others.")
    public DirectoryImportResult importDirectory(JsonNode body) {
        return directory.importDirectory(required(body, "body").toString(), actor());
    }

    @PUT
    @Path("{slug}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update an organisation's entry (its delegates, operators)", description = "Carries the "
            + "version the entry was read at; 409 with the current entry when someone changed it meanwhile.")
    public OrganisationView update(@PathParam("slug") String slug, Requests.EntryChange body) {
        required(body, "body");
        return directory.update(slug, required(body.details(), "details"), required(body.version(), "version"),
                actor());
    }

    @POST
    @Path("{slug}/import")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fill an entry from a librehost.json (its delegates, operators)", description = "The body "
            + "is the manifest, or {\"url\": ...}; the version the entry was read at goes in the query.")
    public ImportResult fill(@PathParam("slug") String slug, @QueryParam("version") Long version, JsonNode body) {
        if (!directory.canManage(actor(), slug)) {
            // before fetching anything: the server's fetches are only for the organisation's own delegates
            throw new ForbiddenException("Only a delegate of this organisation may fill its entry.");
        }
        return directory.fillFromManifest(slug, manifestOf(body), required(version, "version"), actor());
    }

    @GET
    @Path("{slug}/export")
    @Authenticated
    @Operation(summary = "All of an organisation's data (its delegates, operators)")
    public OrganisationExport export(@PathParam("slug") String slug) {
        return directory.exportOrganisation(slug, actor());
    }

    // --- services -------------------------------------------------------------------------------------------

    @CachedForVisitors
    @GET
    @Path("{slug}/services")
    public List<ServiceView> services(@PathParam("slug") String slug) {
        return profile(slug).services();
    }

    @POST
    @Path("{slug}/services")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a service (its delegates, operators)")
    public Response addService(@PathParam("slug") String slug, Requests.ServiceChange body) {
        ServiceView created = directory.addService(slug, required(required(body, "body").details(), "details"),
                actor());
        return Response.created(URI.create("/api/v1/members/" + slug + "/services/" + created.id())).entity(created)
                .build();
    }

    @PUT
    @Path("{slug}/services/{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a service (its delegates, operators); carries the version it was read at")
    public ServiceView updateService(@PathParam("slug") String slug, @PathParam("id") long id,
            Requests.ServiceChange body) {
        required(body, "body");
        return directory.updateService(slug, id, required(body.details(), "details"),
                required(body.version(), "version"), actor());
    }

    @DELETE
    @Path("{slug}/services/{id}")
    @Authenticated
    public Response removeService(@PathParam("slug") String slug, @PathParam("id") long id) {
        directory.removeService(slug, id, actor());
        return Response.noContent().build();
    }

    // --- contacts, statements -------------------------------------------------------------------------------

    @PUT
    @Path("{slug}/contacts/{kind}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the abuse, security or support contact (its delegates, operators)")
    public ContactView putContact(@PathParam("slug") String slug, @PathParam("kind") String kind,
            Requests.Contact body) {
        required(body, "body");
        return directory.putContact(slug, parse(ContactKind.class, kind, "kind"), body.email(), body.url(), actor());
    }

    @DELETE
    @Path("{slug}/contacts/{kind}")
    @Authenticated
    public Response removeContact(@PathParam("slug") String slug, @PathParam("kind") String kind) {
        ContactKind known = parse(ContactKind.class, kind, "kind");
        if (!directory.removeContact(slug, known, actor())) {
            // the facade takes it as done; the API has always told its clients there was nothing to delete
            throw new NotFoundException("There is no " + known.name().toLowerCase(Locale.ROOT) + " contact to remove.");
        }
        return Response.noContent().build();
    }

    @PUT
    @Path("{slug}/statements/{commitment}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "State where the organisation stands on a CPP commitment (its delegates, operators)")
    public StatementView putStatement(@PathParam("slug") String slug, @PathParam("commitment") String commitment,
            Requests.Statement body) {
        required(body, "body");
        Commitment known = Commitment.byId(commitment).orElseThrow(() -> new InvalidInputException("commitment",
                "'" + commitment + "' is not a commitment of the CPP; see /api/v1/commitments"));
        return directory.putStatement(slug, known, body.state(), body.evidenceUrl(), body.note(), actor());
    }

    // --- delegation -----------------------------------------------------------------------------------------

    @GET
    @Path("{slug}/delegation")
    @Authenticated
    @Operation(summary = "The addresses in the delegation (its delegates, operators)")
    public List<Delegate> delegation(@PathParam("slug") String slug) {
        return directory.delegation(slug, actor());
    }

    @POST
    @Path("{slug}/delegation")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an address to the delegation (its delegates, operators)", description = "The person "
            + "whose provider-verified e-mail matches gets the delegate role when they sign in.")
    public Response addDelegate(@PathParam("slug") String slug, Requests.DelegateAddress body) {
        Delegate added = directory.addDelegate(slug, required(body, "body").email(), actor());
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @DELETE
    @Path("{slug}/delegation/{email}")
    @Authenticated
    public Response removeDelegate(@PathParam("slug") String slug, @PathParam("email") String email) {
        if (!directory.removeDelegate(slug, email, actor())) {
            // as for contacts: done for the facade, and a 404 for the API's clients, as it has always been
            throw new NotFoundException(email.strip().toLowerCase(Locale.ROOT) + " is not in the delegation of "
                    + profile(slug).organisation().details().name() + ".");
        }
        return Response.noContent().build();
    }

    private Actor actor() {
        return Identities.actorOf(identity);
    }

    private ManifestImport manifestOf(JsonNode body) {
        required(body, "body");
        if (body.isObject() && body.size() == 1 && body.hasNonNull("url")) {
            return directory.fetchManifest(body.get("url").asText());
        }
        return directory.readManifest(body.toString());
    }

    private static NotFoundException notFound(String slug) {
        return new NotFoundException("There is no organisation '" + slug + "' in the directory.");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
