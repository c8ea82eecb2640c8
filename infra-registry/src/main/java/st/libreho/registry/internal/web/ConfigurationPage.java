package st.libreho.registry.internal.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import st.libreho.platform.Actor;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.cache.CachedForVisitors;
import st.libreho.registry.ConfigurationView;
import st.libreho.registry.Registry;
import st.libreho.registry.VersionSummary;
import st.libreho.registry.internal.web.RegistryLabels.Option;

/**
 * A configuration's page: its README, its software, its versions newest first, where it was cloned from and how far
 * behind it is, its clones and the services that run it. Its publishers get the links to publish and edit; any
 * signed-in person who speaks for another member organisation gets a form to clone a version into it.
 */
@Path("/registry")
public class ConfigurationPage {

    /** A version in the list, with the one before it (null for the first), to link what changed. */
    @TemplateData
    public record VersionRow(VersionSummary version, String previous) {
    }

    /** The clone form as typed. */
    @TemplateData
    public record CloneForm(@RestForm String into, @RestForm String newSlug, @RestForm String version) {
    }

    @CheckedTemplate(basePath = "registry/ConfigurationPage")
    static class Templates {
        static native TemplateInstance configuration(ConfigurationView c, List<VersionRow> versions,
                String parentLatest, String notice, CloneForm cloneForm, FormErrors cloneErrors,
                List<Option> cloneInto);
    }

    private final Registry registry;
    private final RegistryAccess access;
    private final RegistryLabels labels;

    public ConfigurationPage(Registry registry, RegistryAccess access, RegistryLabels labels) {
        this.registry = registry;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Path("{owner}/{slug}")
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public RestResponse<TemplateInstance> show(@RestPath String owner, @RestPath String slug,
            @RestQuery String created, @RestQuery String saved, @RestQuery String cloned) {
        ConfigurationView c = existing(owner, slug);
        String notice = created != null ? "created" : saved != null ? "saved" : cloned != null ? "cloned" : null;
        String latest = c.versions().isEmpty() ? null : c.versions().get(0).version();
        return render(200, c, notice, new CloneForm("", "", latest), FormErrors.none(labels));
    }

    @POST
    @Path("{owner}/{slug}/clone")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> cloneVersion(@RestPath String owner, @RestPath String slug,
            @BeanParam CloneForm form) {
        Actor actor = access.actor();
        FormErrors errors = new FormErrors(labels);
        if (form.into() == null || form.into().isBlank()) {
            errors.add("into", labels.terms().problem_required());
            return render(400, existing(owner, slug), null, form, errors);
        }
        try {
            ConfigurationView clone = registry.cloneVersion(owner, slug, form.version(), form.into(),
                    form.newSlug(), actor);
            return RestResponse.seeOther(RegistryAddresses.uri(
                    RegistryAddresses.configuration(clone.owner(), clone.slug()) + "?cloned=1"));
        } catch (InvalidInputException invalid) {
            // the clone is a new configuration: its problems name the new one's owner and slug, which this form calls
            // "into" and "newSlug"
            List<FieldProblem> problems = invalid.problems().stream().map(ConfigurationPage::asCloneField).toList();
            return render(400, existing(owner, slug), null, form, errors.addAll(problems));
        }
    }

    private static FieldProblem asCloneField(FieldProblem problem) {
        String field = switch (problem.field()) {
            case "owner" -> "into";
            case "slug" -> "newSlug";
            default -> problem.field();
        };
        return new FieldProblem(field, problem.message(), problem.code(), problem.arguments());
    }

    private ConfigurationView existing(String owner, String slug) {
        return registry.configuration(owner, slug, access.actor())
                .orElseThrow(() -> new NotFoundException("There is no configuration " + owner + "/" + slug + "."));
    }

    private RestResponse<TemplateInstance> render(int status, ConfigurationView c, String notice, CloneForm form,
            FormErrors errors) {
        List<VersionRow> rows = new ArrayList<>();
        for (int i = 0; i < c.versions().size(); i++) {
            rows.add(new VersionRow(c.versions().get(i),
                    i + 1 < c.versions().size() ? c.versions().get(i + 1).version() : null));
        }
        String parentLatest = null;
        if (c.parent() != null && c.behind() > 0) {
            parentLatest = registry.configuration(c.parent().owner(), c.parent().slug(), null)
                    .filter(parent -> !parent.versions().isEmpty())
                    .map(parent -> parent.versions().get(0).version()).orElse(null);
        }
        // a person may clone into the member organisations they speak for, other than the owner (a visitor gets no
        // form: their page is kept for every visitor, and a form would carry a token of its own)
        List<Option> into = access.actor() == null || c.versions().isEmpty() ? List.of()
                : access.publishableOrganisations().stream().filter(o -> !o.value().equals(c.owner())).toList();
        return access.page(status, Templates.configuration(c, rows, parentLatest, notice, form, errors, into));
    }
}
