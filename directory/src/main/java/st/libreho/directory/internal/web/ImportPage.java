package st.libreho.directory.internal.web;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import st.libreho.directory.Directory;
import st.libreho.directory.ManifestImport;
import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.OrganisationProfile;
import st.libreho.directory.OrganisationView;
import st.libreho.platform.ConcurrentChangeException;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.FormResponses;
import st.libreho.platform.web.FormValues;

/**
 * A delegate fills their entry from a librehost.json, uploaded or fetched from their site: first a preview of what
 * would change and of every field that could not be used, then a confirmation that saves it.
 */
@Path("/members/{slug}/import")
@Authenticated
public class ImportPage {

    /** The largest manifest accepted, as for a fetched one: real manifests are a few hundred bytes. */
    static final long MAX_UPLOAD = 256 * 1024;

    @CheckedTemplate(basePath = "directory/ImportPage")
    static class Templates {
        static native TemplateInstance start(OrganisationProfile profile, String url, FormErrors errors);

        static native TemplateInstance preview(OrganisationProfile profile, ManifestPreview preview,
                FormErrors errors, boolean changedMeanwhile);
    }

    private final Directory directory;
    private final OrganisationAccess access;
    private final Labels labels;
    private final ObjectMapper json;

    public ImportPage(Directory directory, OrganisationAccess access, Labels labels, ObjectMapper json) {
        this.directory = directory;
        this.access = access;
        this.labels = labels;
        this.json = json;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance start(@RestPath String slug) {
        return Templates.start(access.manageable(slug), null, FormErrors.none(labels));
    }

    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> upload(@RestPath String slug, @RestForm("file") FileUpload file)
            throws IOException {
        OrganisationProfile profile = access.manageable(slug);
        if (file == null || file.fileName() == null || file.fileName().isBlank() || file.size() == 0) {
            return startAgain(profile, null, new FormErrors(labels).add("file", labels.messages().import_file(),
                    labels.messages().import_choose_file()));
        }
        if (file.size() > MAX_UPLOAD) {
            return startAgain(profile, null, new FormErrors(labels).add("file", labels.messages().import_file(),
                    labels.messages().import_too_large()));
        }
        try {
            return preview(profile, directory.readManifest(Files.readAllBytes(file.uploadedFile())));
        } catch (InvalidInputException invalid) {
            FormErrors errors = new FormErrors(labels);
            invalid.problems().forEach(problem -> errors.add("file", labels.messages().import_file(),
                    labels.messages().import_problem(problem.field(), labels.problem(problem))));
            return startAgain(profile, null, errors);
        }
    }

    @POST
    @Path("fetch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> fetch(@RestPath String slug, @RestForm String url) {
        OrganisationProfile profile = access.manageable(slug);
        if (url == null || url.isBlank()) {
            return startAgain(profile, url, new FormErrors(labels).add("url", labels.messages().import_url(),
                    labels.messages().error_required()));
        }
        try {
            return preview(profile, directory.fetchManifest(url.strip()));
        } catch (InvalidInputException invalid) {
            FormErrors errors = new FormErrors(labels);
            invalid.problems().forEach(problem -> errors.add("url", labels.messages().import_url(),
                    labels.problem(problem)));
            return startAgain(profile, url, errors);
        }
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> confirm(@RestPath String slug, @RestForm String details,
            @RestForm String version) {
        OrganisationProfile profile = access.manageable(slug);
        ManifestImport manifest = new ManifestImport(readDetails(details), List.of());
        try {
            directory.fillFromManifest(slug, manifest, FormValues.version(version), access.actor());
            return FormResponses.savedTo("/members/" + slug);
        } catch (ConcurrentChangeException changed) {
            OrganisationView current = changed.current(OrganisationView.class);
            return FormResponses.page(409, Templates.preview(profile,
                    ManifestPreview.of(manifest, current.details(), changed.currentVersion(), details, labels),
                    FormErrors.none(labels), true));
        } catch (InvalidInputException invalid) {
            return FormResponses.page(400, Templates.preview(profile,
                    ManifestPreview.of(manifest, profile.organisation().details(), profile.organisation().version(),
                            details, labels),
                    new FormErrors(labels).addAll(invalid.problems()), false));
        }
    }

    private RestResponse<TemplateInstance> preview(OrganisationProfile profile, ManifestImport manifest) {
        OrganisationView organisation = profile.organisation();
        String detailsJson;
        try {
            detailsJson = json.writeValueAsString(manifest.details());
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("Organisation details cannot be written as JSON", impossible);
        }
        ManifestPreview preview = ManifestPreview.of(manifest, organisation.details(), organisation.version(),
                detailsJson, labels);
        return FormResponses.page(200, Templates.preview(profile, preview, FormErrors.none(labels), false));
    }

    private RestResponse<TemplateInstance> startAgain(OrganisationProfile profile, String url, FormErrors errors) {
        return FormResponses.page(400, Templates.start(profile, url, errors));
    }

    /** The previewed values, as the confirm form carries them; anything else is not a form this page made. */
    private OrganisationDetails readDetails(String details) {
        try {
            OrganisationDetails read = details == null ? null : json.readValue(details, OrganisationDetails.class);
            if (read == null) {
                throw new BadRequestException("The confirmation carries no manifest: start the import again.");
            }
            return read;
        } catch (JsonProcessingException unreadable) {
            throw new BadRequestException("The confirmation's manifest cannot be read: start the import again.");
        }
    }
}
