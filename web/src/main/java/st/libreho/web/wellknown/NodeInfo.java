package st.libreho.web.wellknown;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import st.libreho.directory.Directory;
import st.libreho.governance.Governance;
import st.libreho.platform.web.PlatformConfig;
import st.libreho.platform.web.cache.CachedForVisitors;

/**
 * The platform's NodeInfo (jhass/nodeinfo, schema 2.1): how fediverse directories learn what software runs here and
 * how big the network is. It describes the whole application, so it lives in the shell; ADR 0020 says what it claims
 * and why.
 */
public final class NodeInfo {

    static final String SCHEMA_2_1 = "http://nodeinfo.diaspora.software/ns/schema/2.1";
    static final String DOCUMENT_PATH = "/nodeinfo/2.1";
    static final String MEDIA_TYPE_2_1 = "application/json; profile=\"" + SCHEMA_2_1 + "#\"";
    /** What the platform supports of ActivityPub, said plainly, since the schema has only yes or no. */
    static final String ACTIVITYPUB = "publish-only: the news actor (acct:news), its outbox and its objects can be"
            + " fetched; follows are not accepted yet";

    private NodeInfo() {
    }

    /** The discovery document: a JRD with one link per schema version served, here 2.1. */
    @Path("/.well-known/nodeinfo")
    @Tag(name = "The platform itself")
    public static class Links {

        private final PlatformConfig platform;
        private final ObjectMapper json;

        public Links(PlatformConfig platform, ObjectMapper json) {
            this.platform = platform;
            this.json = json;
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        @CachedForVisitors(maxAgeSeconds = 3600)
        @Operation(summary = "NodeInfo discovery: the link to the 2.1 document")
        public String links() throws JsonProcessingException {
            ObjectNode jrd = json.createObjectNode();
            ObjectNode link = jrd.putArray("links").addObject();
            link.put("rel", SCHEMA_2_1);
            link.put("href", platform.publicUrl() + DOCUMENT_PATH);
            return json.writeValueAsString(jrd);
        }
    }

    /** The NodeInfo 2.1 document. */
    @Path(DOCUMENT_PATH)
    @Tag(name = "The platform itself")
    public static class Document {

        private final Directory directory;
        private final Governance governance;
        private final PlatformConfig platform;
        private final NetworkConfig network;
        private final String version;
        private final ObjectMapper json;

        public Document(Directory directory, Governance governance, PlatformConfig platform, NetworkConfig network,
                @ConfigProperty(name = "quarkus.application.version") String version, ObjectMapper json) {
            this.directory = directory;
            this.governance = governance;
            this.platform = platform;
            this.network = network;
            this.version = version;
            this.json = json;
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        @CachedForVisitors(maxAgeSeconds = 300)
        @Operation(summary = "NodeInfo 2.1", description = "software librehosters-platform and its version;"
                + " protocols activitypub (publish-only, see metadata.activitypub); registrations closed (members"
                + " join by application); usage.users empty (no personal accounts), localPosts the adopted press"
                + " releases; metadata.memberOrganisations the listed members.")
        public Response document() throws JsonProcessingException {
            String base = platform.publicUrl();
            ObjectNode info = json.createObjectNode();
            info.put("version", "2.1");
            ObjectNode software = info.putObject("software");
            software.put("name", "librehosters-platform");
            software.put("version", version);
            software.put("repository", platform.sourceUrl());
            software.put("homepage", base);
            // only what the platform speaks: the news actor over ActivityPub (governance's activitypub package)
            info.putArray("protocols").add("activitypub");
            ObjectNode services = info.putObject("services");
            services.putArray("inbound");
            services.putArray("outbound");
            // organisations join by application and the members' decision, not by signing up
            info.put("openRegistrations", false);
            ObjectNode usage = info.putObject("usage");
            // no personal accounts: people sign in with the network's identity provider to act for organisations
            usage.putObject("users");
            usage.put("localPosts", governance.news(1, 1).total());
            ObjectNode metadata = info.putObject("metadata");
            metadata.put("nodeName", network.name());
            metadata.put("memberOrganisations", directory.listedMemberCount());
            metadata.put("activitypub", ACTIVITYPUB);
            metadata.put("newsActor", "acct:news@" + URI.create(base).getAuthority());
            metadata.put("librehost", base + NetworkManifest.PATH);
            metadata.put("directory", base + "/directory.json");
            return Response.ok(json.writeValueAsString(info), MEDIA_TYPE_2_1).build();
        }
    }
}
