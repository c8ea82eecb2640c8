package st.libreho.directory.internal.interop;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import st.libreho.directory.ManifestImport;
import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.OrganisationView;
import st.libreho.directory.internal.DirectoryConfig;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;

/** The libreho.st formats at the directory's boundary: manifests in (text or URL) and out, and the index. */
@ApplicationScoped
public class ManifestImports {

    private final LibrehostManifestReader reader = new LibrehostManifestReader();
    private final LibrehostManifestWriter writer = new LibrehostManifestWriter();
    private final ManifestFetcher fetcher;
    private final ObjectMapper json;

    /** @param json the application's mapper: the documents read the same as when it wrote the nodes itself */
    public ManifestImports(DirectoryConfig config, ObjectMapper json) {
        this.fetcher = new ManifestFetcher(ManifestFetcher.DEFAULT_TIMEOUT, ManifestFetcher.DEFAULT_TIMEOUT,
                config.import_().allowPrivateAddresses());
        this.json = json;
    }

    /** Reads a manifest given as text; a document that cannot be read at all is invalid input. */
    public ManifestImport read(String json) {
        try {
            return reader.read(json);
        } catch (ManifestException e) {
            throw invalid(e);
        }
    }

    /** Reads an uploaded manifest file, whatever encoding an editor saved it in (see {@link #decode}). */
    public ManifestImport read(byte[] upload) {
        return read(decode(upload));
    }

    /**
     * Manifests are UTF-8, but one saved by an older editor may be Windows-1252: an "é" in its description must not
     * turn the upload into an error.
     */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** Fetches a manifest from a delegate's site and reads it. */
    public ManifestImport fetch(String url) {
        try {
            return reader.read(fetcher.fetch(url));
        } catch (ManifestException e) {
            throw new InvalidInputException("url", e.getMessage());
        }
    }

    /** The entries of a directory.json index: member key → manifest URL. */
    public DirectoryIndex index(String json) {
        try {
            return DirectoryIndex.read(json);
        } catch (ManifestException e) {
            throw invalid(e);
        }
    }

    /** The organisation's librehost.json, as JSON text. */
    public String manifest(OrganisationView organisation) {
        return text(writer.write(organisation.details(), organisation.updatedAt()));
    }

    /** A directory.json listing these manifests, as JSON text. */
    public String index(Map<String, String> manifestUrlsByKey) {
        return text(DirectoryIndex.write(manifestUrlsByKey));
    }

    private String text(JsonNode document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException impossible) {
            // a tree of strings, arrays and objects always serialises
            throw new IllegalStateException("A JSON tree could not be written", impossible);
        }
    }

    /**
     * The manifest's values laid over the current entry: what the manifest does not say stays as it was, so that
     * filling an entry from a manifest never erases the directory's own fields (services page, economic model...).
     */
    public static OrganisationDetails overlay(OrganisationDetails current, OrganisationDetails manifest) {
        return new OrganisationDetails(pick(manifest.name(), current.name()),
                pick(manifest.tagline(), current.tagline()), pick(manifest.description(), current.description()),
                pick(manifest.legalStructure(), current.legalStructure()),
                pick(manifest.foundingYear(), current.foundingYear()), pick(manifest.country(), current.country()),
                pick(manifest.region(), current.region()),
                manifest.languages().isEmpty() ? current.languages() : manifest.languages(),
                pick(manifest.logoUrl(), current.logoUrl()), pick(manifest.homeUrl(), current.homeUrl()),
                pick(manifest.servicesPageUrl(), current.servicesPageUrl()),
                pick(manifest.termsOfServiceUrl(), current.termsOfServiceUrl()),
                pick(manifest.accountPolicyUrl(), current.accountPolicyUrl()),
                pick(manifest.privacyPolicyUrl(), current.privacyPolicyUrl()),
                pick(manifest.economicModelUrl(), current.economicModelUrl()),
                pick(manifest.contactEmail(), current.contactEmail()),
                pick(manifest.contactUrl(), current.contactUrl()));
    }

    /** A slug for a directory.json key or an organisation name: lower-case letters, digits and dashes. */
    public static String slugFor(String text) {
        String slug = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.length() > 64 ? slug.substring(0, 64).replaceAll("-+$", "") : slug;
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static InvalidInputException invalid(ManifestException e) {
        return new InvalidInputException(List.of(new FieldProblem(e.field().orElse("manifest"), e.getMessage())));
    }
}
