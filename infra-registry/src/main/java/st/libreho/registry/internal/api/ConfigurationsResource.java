package st.libreho.registry.internal.api;

import java.io.InputStream;
import java.net.URI;
import java.util.HashSet;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import st.libreho.platform.Actor;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.Page;
import st.libreho.platform.web.Identities;
import st.libreho.platform.web.cache.CachedForVisitors;
import st.libreho.platform.web.errors.Problem;
import st.libreho.registry.BundleFormat;
import st.libreho.registry.ConfigurationFormat;
import st.libreho.registry.ConfigurationStatus;
import st.libreho.registry.ConfigurationSummary;
import st.libreho.registry.ConfigurationView;
import st.libreho.registry.PublishRefusedException;
import st.libreho.registry.PublishResult;
import st.libreho.registry.Registry;
import st.libreho.registry.RegistryQuery;
import st.libreho.registry.VersionComparison;
import st.libreho.registry.VersionDraft;
import st.libreho.registry.VersionView;
import st.libreho.registry.internal.api.RegistryJson.BundleRequest;
import st.libreho.registry.internal.api.RegistryJson.CloneRequest;
import st.libreho.registry.internal.api.RegistryJson.ConfigurationRequest;
import st.libreho.registry.internal.api.RegistryJson.Published;
import st.libreho.registry.internal.api.RegistryJson.Refused;
import st.libreho.registry.internal.api.RegistryJson.VersionRequest;

/**
 * The registry's API: anyone reads, compares and bundles; a delegate of a member organisation (or an operator)
 * shares configurations and publishes versions, for example from their CI with a bearer token.
 */
@Path("/api/v1/configurations")
@Tag(name = "Infra registry")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigurationsResource {

    private static final String CONFIGURATION = "{owner}/{slug}";
    static final String DIFF_TYPE = "text/x-diff";

    private final Registry registry;
    private final SecurityIdentity identity;

    public ConfigurationsResource(Registry registry, SecurityIdentity identity) {
        this.registry = registry;
        this.identity = identity;
    }

    private Actor actor() {
        return Identities.actorOf(identity);
    }

    // --- reading --------------------------------------------------------------------------------------------

    @GET
    @CachedForVisitors
    @Operation(summary = "Find configurations", description = "Filtered by words of the title, software or README "
            + "(q), software name, format, licence (exact SPDX expression), tag, owner (organisation slug) and "
            + "status; newest change first; paginated (page from 1, size up to 100).")
    public Page<ConfigurationSummary> search(@QueryParam("q") String q, @QueryParam("software") String software,
            @QueryParam("format") String format, @QueryParam("licence") String licence, @QueryParam("tag") String tag,
            @QueryParam("owner") String owner, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        ConfigurationFormat chosenFormat = format == null || format.isBlank() ? null
                : RegistryJson.value(ConfigurationFormat.class, "format", format, problems);
        ConfigurationStatus chosenStatus = status == null || status.isBlank() ? null
                : RegistryJson.value(ConfigurationStatus.class, "status", status, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return registry.search(new RegistryQuery(q, software, chosenFormat, licence, tag, owner, chosenStatus, page,
                size));
    }

    @GET
    @Path(CONFIGURATION)
    @CachedForVisitors
    @Operation(summary = "A configuration", description = "Its details, its versions newest first, its parent and how "
            + "many versions it is behind it when it is a clone, its clones and the services that run it.")
    public ConfigurationView configuration(@PathParam("owner") String owner, @PathParam("slug") String slug) {
        return registry.configuration(owner, slug, actor()).orElseThrow(() -> notFound(owner, slug));
    }

    @GET
    @Path(CONFIGURATION + "/versions/{version}")
    @CachedForVisitors
    @Operation(summary = "A version", description = "Its files, variables manifest, lint warnings and content hash "
            + "(sha256 over the sorted paths and contents: see docs/registry-content-hash.md to check it).")
    public VersionView version(@PathParam("owner") String owner, @PathParam("slug") String slug,
            @PathParam("version") String version) {
        return registry.version(owner, slug, version).orElseThrow(() -> notFound(owner, slug));
    }

    @GET
    @Path(CONFIGURATION + "/diff")
    @Produces({ MediaType.APPLICATION_JSON, DIFF_TYPE })
    @CachedForVisitors
    @Operation(summary = "What changed between two versions", description = "JSON (each changed file with its kind "
            + "and unified diff), or with Accept: text/x-diff one unified diff that git apply and patch -p1 take.")
    public Response diff(@PathParam("owner") String owner, @PathParam("slug") String slug,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @jakarta.ws.rs.core.Context HttpHeaders headers) {
        VersionComparison comparison = registry.diff(owner, slug, from, to);
        boolean text = headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> DIFF_TYPE.equals(type.getType() + "/" + type.getSubtype()));
        return text ? Response.ok(comparison.unified(), DIFF_TYPE).build()
                : Response.ok(comparison, MediaType.APPLICATION_JSON).build();
    }

    // --- writing --------------------------------------------------------------------------------------------

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Share a configuration", description = "For an organisation whose delegation holds your "
            + "verified address and which is a member of the network. The licence must be an SPDX expression of free "
            + "software (FSF libre or OSI approved).")
    @APIResponse(responseCode = "201", description = "Created; Location is its address")
    @APIResponse(responseCode = "403", description = "You are not a delegate of this member organisation")
    @APIResponse(responseCode = "422", description = "A field is wrong; each is named")
    public Response create(ConfigurationRequest request) {
        if (request == null) {
            throw InvalidInputException.of("owner", "required", "is required: send the configuration as JSON");
        }
        ConfigurationView created = registry.create(request.draft(), actor());
        return Response.created(URI.create("/api/v1/configurations/" + created.owner() + "/" + created.slug()))
                .entity(created).build();
    }

    @POST
    @Path(CONFIGURATION + "/versions")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a version", description = "The files as JSON, each with its path and content. "
            + "Without variables, the manifest the registry proposes from the files is published. Refused (422, "
            + "nothing stored) for a credential in a file, a lint error, or a file that cannot be part of a version; "
            + "the findings name file, line and rule and never show a secret's value. With dryRun=true the same "
            + "checks run and nothing is stored (200 when it would publish).")
    @APIResponse(responseCode = "201", description = "Published")
    @APIResponse(responseCode = "200", description = "Dry run: it would publish")
    @APIResponse(responseCode = "422", description = "Refused, with its findings")
    public Response publish(@PathParam("owner") String owner, @PathParam("slug") String slug,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun, VersionRequest request) {
        if (request == null) {
            throw InvalidInputException.of("version", "required", "is required: send the version as JSON");
        }
        return published(registry.publish(owner, slug, request.draft(), dryRun, actor()), owner, slug);
    }

    /**
     * An archive is the request's body, not a multipart part: the platform's CSRF filter guards every multipart form
     * (the web pages' forms), and a client with a bearer token has no CSRF cookie to send back.
     */
    @POST
    @Path(CONFIGURATION + "/versions")
    @Authenticated
    @Consumes({ "application/zip", "application/gzip", "application/x-gzip", "application/x-tar",
            MediaType.APPLICATION_OCTET_STREAM })
    @Operation(summary = "Publish a version from an archive", description = "The body is a zip or tar.gz of text "
            + "files (a single top folder is dropped); version and changelog are query parameters. Same checks and "
            + "answers as the JSON form, dryRun included.")
    public Response publishArchive(@PathParam("owner") String owner, @PathParam("slug") String slug,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun, @QueryParam("version") String version,
            @QueryParam("changelog") String changelog, InputStream archive) {
        if (archive == null) {
            throw InvalidInputException.of("archive", "required", "is required: a zip or tar.gz of the files");
        }
        VersionDraft draft = new VersionDraft(version, changelog, registry.filesOf(archive, "upload"), null);
        return published(registry.publish(owner, slug, draft, dryRun, actor()), owner, slug);
    }

    @POST
    @Path(CONFIGURATION + "/clone")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Clone a version into your organisation", description = "into: the organisation's slug; "
            + "slug: the clone's (the source's when absent). The clone remembers its parent version and hash.")
    @APIResponse(responseCode = "201", description = "Cloned")
    public Response cloneVersion(@PathParam("owner") String owner, @PathParam("slug") String slug,
            CloneRequest request) {
        if (request == null) {
            throw InvalidInputException.of("version", "required", "is required");
        }
        ConfigurationView clone = registry.cloneVersion(owner, slug, request.version(), request.into(),
                request.slug(), actor());
        return Response.created(URI.create("/api/v1/configurations/" + clone.owner() + "/" + clone.slug()))
                .entity(clone).build();
    }

    @POST
    @Path(CONFIGURATION + "/versions/{version}/bundle")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ "application/gzip", "application/zip", MediaType.APPLICATION_JSON })
    @Operation(summary = "Download a version ready to deploy", description = "The version's files and a .env of the "
            + "values given, the defaults, and secrets generated for the names in generate. Anyone may ask; the "
            + "values are neither stored nor logged. format: tar.gz (default) or zip.")
    public Response bundle(@PathParam("owner") String owner, @PathParam("slug") String slug,
            @PathParam("version") String version, BundleRequest request) {
        BundleRequest asked = request == null ? new BundleRequest(null, null, null) : request;
        BundleFormat format = BundleFormat.of(asked.format());
        if (format == null) {
            throw InvalidInputException.of("format", "invalid", "must be tar.gz or zip", asked.format());
        }
        byte[] archive = registry.bundle(owner, slug, version, asked.values(),
                asked.generate() == null ? null : new HashSet<>(asked.generate()), format);
        String name = slug + "-" + version + "." + format.extension();
        return Response.ok(archive, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"")
                .header("Cache-Control", "no-store").build();
    }

    // --- answers ----------------------------------------------------------------------------------------------

    private static Response published(PublishResult result, String owner, String slug) {
        Published body = new Published(result.version(), result.contentHash(), result.warnings(), result.variables(),
                result.stored());
        if (!result.stored()) {
            return Response.ok(body).build();
        }
        return Response.created(URI.create("/api/v1/configurations/" + owner + "/" + slug + "/versions/"
                + result.version())).entity(body).build();
    }

    /** A refused publication: 422 with every finding. */
    @ServerExceptionMapper
    public Response refused(PublishRefusedException exception) {
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(new Refused("about:blank",
                "Publishing refused", 422, "Nothing was stored: fix the findings marked ERROR and publish again.",
                exception.findings())).build();
    }

    /** Bad input is a 422 here, each field named. */
    @ServerExceptionMapper
    public Response invalid(InvalidInputException exception, HttpServerRequest request) {
        return Problem.unprocessable(exception, request.path());
    }

    private static NotFoundException notFound(String owner, String slug) {
        return new NotFoundException("There is no such configuration or version of " + owner + "/" + slug + ".");
    }
}
