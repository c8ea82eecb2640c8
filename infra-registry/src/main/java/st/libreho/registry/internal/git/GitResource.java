package st.libreho.registry.internal.git;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.pack.PackConfig;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.RefAdvertiser.PacketLineOutRefAdvertiser;
import org.eclipse.jgit.transport.ServiceMayNotContinueException;
import org.eclipse.jgit.transport.UploadPack;
import org.eclipse.jgit.transport.UploadPackInternalServerErrorException;
import org.jboss.logging.Logger;

/**
 * Git's smart HTTP protocol, read-only, for each configuration: {@code git clone <base>/registry/<owner>/<slug>.git}.
 * JGit's {@link UploadPack} speaks the protocol (v0, v1 and v2, as the client asks with {@code Git-Protocol}); this
 * class only carries its bytes, as git's own http-backend does in stateless RPC mode. Anyone may clone, as anyone may
 * read the registry; nobody pushes: a version is published through the registry's checks, never by git.
 * <p>
 * The POST is not a form, so the platform's CSRF filter lets it through (it checks form posts only), and it changes
 * nothing.
 */
@Path("/registry/{owner}/{slug}.git")
public class GitResource {

    private static final Logger LOG = Logger.getLogger(GitResource.class);

    static final String UPLOAD_PACK = "git-upload-pack";
    static final String RECEIVE_PACK = "git-receive-pack";
    static final String ADVERTISEMENT = "application/x-git-upload-pack-advertisement";
    static final String REQUEST = "application/x-git-upload-pack-request";
    static final String RESULT = "application/x-git-upload-pack-result";

    /**
     * The most a negotiation may hold once decompressed: what the client wants and what it has, 50 bytes a commit.
     * Far more than any configuration's history needs, and a gzip bomb stops here.
     */
    static final int MAX_REQUEST_BYTES = 4 * 1024 * 1024;

    private final GitRepositories repositories;

    public GitResource(GitRepositories repositories) {
        this.repositories = repositories;
    }

    @GET
    @Path("info/refs")
    public Response advertisement(@PathParam("owner") String owner, @PathParam("slug") String slug,
            @QueryParam("service") String service, @HeaderParam("Git-Protocol") String protocol) {
        if (RECEIVE_PACK.equals(service)) {
            return readOnly();
        }
        if (!UPLOAD_PACK.equals(service)) {
            // the "dumb" protocol would serve git's files one by one; every git since 1.6.6 speaks the smart one
            return text(Response.Status.FORBIDDEN, "Only git's smart HTTP protocol is served: use git 1.6.6 or later.");
        }
        Optional<Repository> repository = repositories.repository(owner, slug);
        if (repository.isEmpty()) {
            return notFound(owner, slug);
        }
        StreamingOutput body = out -> {
            UploadPack upload = uploadPack(repository.get(), protocol);
            try {
                // "# service=git-upload-pack" and a flush first, except in protocol v2 which has no such line
                upload.sendAdvertisedRefs(new PacketLineOutRefAdvertiser(new PacketLineOut(out)), UPLOAD_PACK);
            } finally {
                upload.getRevWalk().close();
            }
        };
        return noCache(Response.ok(body, ADVERTISEMENT)).build();
    }

    @POST
    @Path(UPLOAD_PACK)
    @Consumes(REQUEST)
    public Response uploadPack(@PathParam("owner") String owner, @PathParam("slug") String slug,
            @HeaderParam("Content-Encoding") String encoding, @HeaderParam("Git-Protocol") String protocol,
            InputStream body) throws IOException {
        Optional<Repository> repository = repositories.repository(owner, slug);
        if (repository.isEmpty()) {
            return notFound(owner, slug);
        }
        byte[] request;
        try {
            request = read(body, encoding);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            return text(Response.Status.BAD_REQUEST, "The request body is not valid gzip.");
        }
        if (request.length > MAX_REQUEST_BYTES) {
            return text(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The request is larger than a clone needs.");
        }
        StreamingOutput result = out -> {
            UploadPack upload = uploadPack(repository.get(), protocol);
            try {
                upload.upload(new ByteArrayInputStream(request), out, null);
            } catch (ServiceMayNotContinueException | UploadPackInternalServerErrorException e) {
                // JGit has written the reason to the client in the protocol ("ERR ..."), as git prints it
                LOG.debugf(e, "git-upload-pack of %s/%s stopped", owner, slug);
            }
        };
        return noCache(Response.ok(result, RESULT)).build();
    }

    @POST
    @Path(RECEIVE_PACK)
    public Response receivePack() {
        return readOnly();
    }

    private static UploadPack uploadPack(Repository repository, String protocol) {
        UploadPack upload = new UploadPack(repository);
        // stateless RPC: each request stands alone, as over HTTP it must
        upload.setBiDirectionalPipe(false);
        if (protocol != null && !protocol.isBlank()) {
            upload.setExtraParameters(Arrays.asList(protocol.split(":")));
        }
        PackConfig pack = new PackConfig(repository);
        // the repository was packed with deltas when built: reuse them rather than search on every clone
        pack.setDeltaCompress(false);
        pack.setThreads(1);
        upload.setPackConfig(pack);
        return upload;
    }

    /**
     * The request's body, decompressed when git sent it gzipped (it does for long negotiations); one byte past the
     * limit at most, so that a longer one is known without reading (or expanding) the rest.
     */
    private static byte[] read(InputStream body, String encoding) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        boolean gzip = encoding != null && (encoding.strip().equalsIgnoreCase("gzip")
                || encoding.strip().equalsIgnoreCase("x-gzip"));
        try (InputStream in = gzip ? new GZIPInputStream(body) : body) {
            return in.readNBytes(MAX_REQUEST_BYTES + 1);
        }
    }

    private static Response readOnly() {
        return text(Response.Status.FORBIDDEN, "The registry's git repositories are read-only: publish a version "
                + "through the registry (its pages or /api/v1/configurations), where it is checked.");
    }

    private static Response notFound(String owner, String slug) {
        return text(Response.Status.NOT_FOUND, "There is no configuration " + owner + "/" + slug + ".");
    }

    private static Response text(Response.Status status, String message) {
        return noCache(Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(message + "\n")).build();
    }

    /** As git's http-backend answers: proxies and browsers must not keep what depends on the moment's refs. */
    private static Response.ResponseBuilder noCache(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-cache, max-age=0, must-revalidate").header("Pragma", "no-cache")
                .header("Expires", "Fri, 01 Jan 1980 00:00:00 GMT");
    }
}
