package st.libreho.directory.internal.web;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.directory.Directory;
import st.libreho.directory.DirectoryImportResult;
import st.libreho.directory.ImportResult;
import st.libreho.directory.ManifestImport;
import st.libreho.platform.Actor;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.FormResponses;

/**
 * An operator brings the network's existing members in from the libreho.st formats: one member from its
 * librehost.json (pasted or fetched), or every member listed in a directory.json. The result page shows, member by
 * member, what could not be used; it is not a redirect because those warnings are not stored anywhere.
 */
@Path("/operator/members/import")
@RolesAllowed(Actor.OPERATOR_ROLE)
public class OperatorImportPage {

    /** What the import forms show again after a mistake. */
    public record ImportForms(String slug, String json, String url, String index) {

        static ImportForms empty() {
            return new ImportForms(null, null, null, null);
        }
    }

    @CheckedTemplate(basePath = "directory/OperatorImportPage")
    static class Templates {
        static native TemplateInstance start(ImportForms forms, FormErrors errors);

        static native TemplateInstance imported(DirectoryImportResult result);
    }

    private final Directory directory;
    private final OrganisationAccess access;
    private final Labels labels;

    public OperatorImportPage(Directory directory, OrganisationAccess access, Labels labels) {
        this.directory = directory;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance start() {
        return Templates.start(ImportForms.empty(), FormErrors.none(labels));
    }

    @POST
    @Path("manifest")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> importManifest(@RestForm String slug, @RestForm String json,
            @RestForm String url) {
        ImportForms typed = new ImportForms(slug, json, url, null);
        boolean pasted = json != null && !json.isBlank();
        boolean linked = url != null && !url.isBlank();
        if (pasted == linked) {
            return startAgain(typed, new FormErrors(labels).add("json", labels.messages().import_manifest(),
                    labels.messages().operator_import_one_source()));
        }
        try {
            ManifestImport manifest = pasted ? directory.readManifest(json) : directory.fetchManifest(url.strip());
            ImportResult result = directory.importFoundingMember(slug == null ? null : slug.strip(), manifest,
                    access.actor());
            return imported(new DirectoryImportResult(List.of(result), Map.of(), List.of()));
        } catch (InvalidInputException invalid) {
            FormErrors errors = new FormErrors(labels);
            invalid.problems().forEach(problem -> errors.add(target(problem.field(), pasted),
                    labels.field(problem.field()), labels.problem(problem)));
            return startAgain(typed, errors);
        }
    }

    @POST
    @Path("directory")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> importIndex(@RestForm String index) {
        ImportForms typed = new ImportForms(null, null, null, index);
        if (index == null || index.isBlank()) {
            return startAgain(typed, new FormErrors(labels).add("index", labels.messages().operator_import_index(),
                    labels.messages().error_required()));
        }
        try {
            return imported(directory.importDirectory(index, access.actor()));
        } catch (InvalidInputException invalid) {
            FormErrors errors = new FormErrors(labels);
            invalid.problems().forEach(problem -> errors.add("index", labels.messages().operator_import_index(),
                    labels.problem(problem)));
            return startAgain(typed, errors);
        }
    }

    /** The slug field for a problem with the slug, else the source the manifest came from. */
    private static String target(String field, boolean pasted) {
        if ("slug".equals(field)) {
            return "slug";
        }
        return pasted ? "json" : "url";
    }

    private RestResponse<TemplateInstance> startAgain(ImportForms typed, FormErrors errors) {
        return FormResponses.page(400, Templates.start(typed, errors));
    }

    private static RestResponse<TemplateInstance> imported(DirectoryImportResult result) {
        return FormResponses.page(200, Templates.imported(result));
    }
}
