package st.libreho.web.wellknown;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import st.libreho.directory.Directory;
import st.libreho.directory.ListedMember;
import st.libreho.platform.web.Languages;
import st.libreho.platform.web.PlatformConfig;
import st.libreho.platform.web.cache.CachedForVisitors;

/**
 * The network itself described as libreho.st describes a member: a {@code librehost.json} (schema.org Organization,
 * the field names of the directory's manifests), with its members under schema.org's {@code member}, each naming where
 * its own manifest is on this platform, so that another directory can index the network as one entry and follow it to
 * the members.
 */
@Path(NetworkManifest.PATH)
@Tag(name = "The platform itself")
public class NetworkManifest {

    static final String PATH = "/.well-known/librehost.json";

    private final Directory directory;
    private final NetworkConfig network;
    private final PlatformConfig platform;
    private final Languages languages;
    private final ObjectMapper json;

    public NetworkManifest(Directory directory, NetworkConfig network, PlatformConfig platform, Languages languages,
            ObjectMapper json) {
        this.directory = directory;
        this.network = network;
        this.platform = platform;
        this.languages = languages;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The network's own librehost.json", description = "schema.org Organization in libreho.st's"
            + " format, with each listed member (member or leaving) under member: its key, name, home address and"
            + " the address of its librehost.json here.")
    // written as JSON text here; it is still an object on the wire
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @CachedForVisitors(maxAgeSeconds = 60)
    public String manifest() throws JsonProcessingException {
        String base = platform.publicUrl();
        ObjectNode manifest = json.createObjectNode();
        manifest.put("@context", "http://schema.org");
        manifest.put("@type", "Organization");
        manifest.put("version", "1.0.0");
        manifest.put("name", network.name());
        manifest.put("description", network.description());
        manifest.put("homeUrl", base);
        ArrayNode spoken = manifest.putArray("communicationLanguages");
        languages.supported().forEach(spoken::add);
        // the network hosts nothing itself: its members do
        manifest.put("isServiceProvider", false);
        manifest.put("directoryUrl", base + "/directory.json");
        ArrayNode members = manifest.putArray("member");
        for (ListedMember member : directory.listedMembers()) {
            ObjectNode entry = members.addObject();
            entry.put("@type", "Organization");
            entry.put("key", member.slug());
            entry.put("name", member.name());
            if (member.homeUrl() != null) {
                entry.put("homeUrl", member.homeUrl());
            }
            entry.put("librehostUrl", base + "/members/" + member.slug() + "/librehost.json");
        }
        return json.writeValueAsString(manifest);
    }
}
