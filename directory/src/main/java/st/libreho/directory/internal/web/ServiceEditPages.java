package st.libreho.directory.internal.web;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationProfile;
import st.libreho.directory.ServiceDetails;
import st.libreho.directory.ServiceView;
import st.libreho.platform.ConcurrentChangeException;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.web.ConflictRow;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.FormMerge;
import st.libreho.platform.web.FormResponses;

/** A delegate adds, edits and removes their organisation's services. */
@Path("/members/{slug}/services")
@Authenticated
public class ServiceEditPages {

    @CheckedTemplate(basePath = "directory/ServiceEditPages")
    static class Templates {
        /** @param serviceId null for a new service */
        static native TemplateInstance service(OrganisationProfile profile, Long serviceId, ServiceForm form,
                FormErrors errors, List<ConflictRow> conflict);
    }

    private final Directory directory;
    private final OrganisationAccess access;
    private final Labels labels;

    public ServiceEditPages(Directory directory, OrganisationAccess access, Labels labels) {
        this.directory = directory;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newForm(@RestPath String slug) {
        return Templates.service(access.manageable(slug), null, ServiceForm.empty(), FormErrors.none(labels),
                List.of());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> add(@RestPath String slug, @BeanParam ServiceForm form) {
        OrganisationProfile profile = access.manageable(slug);
        FormErrors errors = new FormErrors(labels);
        ServiceDetails details = form.details(errors, labels);
        if (!errors.isEmpty()) {
            return render(400, profile, null, form, errors, List.of());
        }
        try {
            directory.addService(slug, details, access.actor());
            return FormResponses.savedTo("/members/" + slug);
        } catch (InvalidInputException invalid) {
            return render(400, profile, null, form, errors.addAll(invalid.problems()), List.of());
        }
    }

    @GET
    @Path("{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance editForm(@RestPath String slug, @RestPath long id) {
        OrganisationProfile profile = access.manageable(slug);
        return Templates.service(profile, id, ServiceForm.of(service(profile, id)), FormErrors.none(labels),
                List.of());
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> save(@RestPath String slug, @RestPath long id, @BeanParam ServiceForm form) {
        OrganisationProfile profile = access.manageable(slug);
        service(profile, id);
        FormErrors errors = new FormErrors(labels);
        ServiceDetails details = form.details(errors, labels);
        if (!errors.isEmpty()) {
            return render(400, profile, id, form, errors, List.of());
        }
        try {
            directory.updateService(slug, id, details, form.expectedVersion(), access.actor());
            return FormResponses.savedTo("/members/" + slug);
        } catch (InvalidInputException invalid) {
            return render(400, profile, id, form, errors.addAll(invalid.problems()), List.of());
        } catch (ConcurrentChangeException changed) {
            return afterConcurrentChange(slug, id, profile, form, errors, changed);
        }
    }

    /** As for the entry (see {@code EntryPage}): the other person's changes to untouched fields are kept. */
    private RestResponse<TemplateInstance> afterConcurrentChange(String slug, long id, OrganisationProfile profile,
            ServiceForm form, FormErrors errors, ConcurrentChangeException changed) {
        ServiceForm typed = form;
        ConcurrentChangeException conflict = changed;
        for (int attempt = 1;; attempt++) {
            ServiceForm theirs = ServiceForm.of(conflict.current(ServiceView.class));
            FormMerge merge = FormMerge.of(typed.opened(), typed.values(), theirs.values());
            ServiceForm merged = ServiceForm.merged(merge.values(), theirs);
            if (merge.changesNothing(theirs.values())) {
                // the service already reads as this person wants it
                return FormResponses.savedTo("/members/" + slug);
            }
            ServiceDetails details = merged.details(errors, labels);
            if (!merge.isClean() || !errors.isEmpty() || attempt == FormMerge.MAX_AUTOMATIC_SAVES) {
                return render(409, profile, id, merged, errors,
                        merge.conflictRows(theirs.shown(labels), merged.shown(labels), labels));
            }
            try {
                directory.updateService(slug, id, details, theirs.expectedVersion(), access.actor());
                return FormResponses.savedTo("/members/" + slug);
            } catch (InvalidInputException invalid) {
                return render(400, profile, id, merged, errors.addAll(invalid.problems()), List.of());
            } catch (ConcurrentChangeException again) {
                typed = merged;
                conflict = again;
            }
        }
    }

    @POST
    @Path("{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> remove(@RestPath String slug, @RestPath long id) {
        service(access.manageable(slug), id);
        directory.removeService(slug, id, access.actor());
        return FormResponses.savedTo("/members/" + slug);
    }

    private static ServiceView service(OrganisationProfile profile, long id) {
        return profile.services().stream().filter(service -> service.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("No service " + id));
    }

    private static RestResponse<TemplateInstance> render(int status, OrganisationProfile profile, Long serviceId,
            ServiceForm form,
            FormErrors errors, List<ConflictRow> conflict) {
        return FormResponses.page(status, Templates.service(profile, serviceId, form, errors, conflict));
    }
}
