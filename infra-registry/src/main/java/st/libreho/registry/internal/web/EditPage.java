package st.libreho.registry.internal.web;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import st.libreho.platform.ConcurrentChangeException;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.ConflictRow;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.FormMerge;
import st.libreho.platform.web.FormResponses;
import st.libreho.registry.ConfigurationDraft;
import st.libreho.registry.ConfigurationView;
import st.libreho.registry.Registry;

/**
 * A publisher changes a configuration's details (not its versions, which never change). The form carries the row's
 * version and the values it was opened with: when someone saved meanwhile, their changes to fields this person left
 * alone are kept, and only the fields both changed come back side by side, with what this person typed kept.
 */
@Path("/registry")
@Authenticated
public class EditPage {

    @CheckedTemplate(basePath = "registry/EditPage")
    static class Templates {
        static native TemplateInstance edit(ConfigurationView c, ConfigurationForm form, FormErrors errors,
                List<ConflictRow> conflict);
    }

    private final Registry registry;
    private final RegistryAccess access;
    private final RegistryLabels labels;

    public EditPage(Registry registry, RegistryAccess access, RegistryLabels labels) {
        this.registry = registry;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Path("{owner}/{slug}/edit")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> form(@RestPath String owner, @RestPath String slug) {
        ConfigurationView c = publishable(owner, slug);
        return access.page(200, Templates.edit(c, ConfigurationForm.of(c), FormErrors.none(labels), List.of()));
    }

    @POST
    @Path("{owner}/{slug}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> save(@RestPath String owner, @RestPath String slug,
            @BeanParam ConfigurationForm typed) {
        ConfigurationView c = publishable(owner, slug);
        ConfigurationForm form = new ConfigurationForm(owner, slug, typed.title(), typed.softwareName(),
                typed.sourceUrl(), typed.licence(), typed.format(), typed.tags(), typed.status(), typed.readme(),
                typed.version(), typed.opened());
        FormErrors errors = new FormErrors(labels);
        ConfigurationDraft draft = form.draft(errors, labels);
        if (!errors.isEmpty()) {
            return access.page(400, Templates.edit(c, form, errors, List.of()));
        }
        try {
            registry.update(owner, slug, draft, form.expectedVersion(), access.actor());
            return FormResponses.savedTo(RegistryAddresses.configuration(owner, slug));
        } catch (InvalidInputException invalid) {
            return access.page(400, Templates.edit(c, form, errors.addAll(invalid.problems()), List.of()));
        } catch (ConcurrentChangeException changed) {
            return afterConcurrentChange(owner, slug, form, errors, changed);
        }
    }

    /**
     * Someone saved the details since this form was opened: merged field by field; saved at once when no field was
     * changed by both (a few times at most over saves that keep coming in between), else the form comes back (409)
     * with the merge and the fields both changed, theirs beside this person's.
     */
    private RestResponse<TemplateInstance> afterConcurrentChange(String owner, String slug, ConfigurationForm form,
            FormErrors errors, ConcurrentChangeException changed) {
        ConfigurationForm typed = form;
        ConcurrentChangeException conflict = changed;
        for (int attempt = 1;; attempt++) {
            ConfigurationView current = conflict.current(ConfigurationView.class);
            ConfigurationForm theirs = ConfigurationForm.of(current);
            FormMerge merge = FormMerge.of(typed.opened(), typed.values(), theirs.values());
            ConfigurationForm merged = ConfigurationForm.merged(merge.values(), theirs);
            if (merge.changesNothing(theirs.values())) {
                return FormResponses.savedTo(RegistryAddresses.configuration(owner, slug));
            }
            ConfigurationDraft draft = merged.draft(errors, labels);
            if (!merge.isClean() || !errors.isEmpty() || attempt == FormMerge.MAX_AUTOMATIC_SAVES) {
                return access.page(409, Templates.edit(current, merged, errors,
                        merge.conflictRows(theirs.shown(labels), merged.shown(labels), labels)));
            }
            try {
                registry.update(owner, slug, draft, current.version(), access.actor());
                return FormResponses.savedTo(RegistryAddresses.configuration(owner, slug));
            } catch (InvalidInputException invalid) {
                return access.page(400, Templates.edit(current, merged, errors.addAll(invalid.problems()),
                        List.of()));
            } catch (ConcurrentChangeException again) {
                typed = merged;
                conflict = again;
            }
        }
    }

    /** The configuration, if this person may change it; the 403 page otherwise (the registry checks again). */
    private ConfigurationView publishable(String owner, String slug) {
        ConfigurationView c = registry.configuration(owner, slug, access.actor())
                .orElseThrow(() -> new NotFoundException("There is no configuration " + owner + "/" + slug + "."));
        if (!c.readerMayPublish()) {
            throw new ForbiddenException("Only a delegate of " + owner + " or an operator may change it.");
        }
        return c;
    }
}
