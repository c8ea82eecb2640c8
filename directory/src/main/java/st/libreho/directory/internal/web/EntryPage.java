package st.libreho.directory.internal.web;

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
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.OrganisationProfile;
import st.libreho.directory.OrganisationView;
import st.libreho.platform.ConcurrentChangeException;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.web.ConflictRow;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.FormMerge;
import st.libreho.platform.web.FormResponses;

/** A delegate edits their organisation's entry. */
@Path("/members/{slug}/edit")
@Authenticated
public class EntryPage {

    @CheckedTemplate(basePath = "directory/EntryPage")
    static class Templates {
        static native TemplateInstance edit(OrganisationProfile profile, EntryForm form, FormErrors errors,
                List<ConflictRow> conflict);
    }

    private final Directory directory;
    private final OrganisationAccess access;
    private final Labels labels;

    public EntryPage(Directory directory, OrganisationAccess access, Labels labels) {
        this.directory = directory;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@RestPath String slug) {
        OrganisationProfile profile = access.manageable(slug);
        OrganisationView organisation = profile.organisation();
        return Templates.edit(profile, EntryForm.of(organisation.details(), organisation.version()),
                FormErrors.none(labels), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> save(@RestPath String slug, @BeanParam EntryForm form) {
        OrganisationProfile profile = access.manageable(slug);
        FormErrors errors = new FormErrors(labels);
        OrganisationDetails details = form.details(errors, labels);
        if (!errors.isEmpty()) {
            return render(400, profile, form, errors, List.of());
        }
        try {
            directory.update(slug, details, form.expectedVersion(), access.actor());
            return FormResponses.savedTo("/members/" + slug);
        } catch (InvalidInputException invalid) {
            return render(400, profile, form, errors.addAll(invalid.problems()), List.of());
        } catch (ConcurrentChangeException changed) {
            return afterConcurrentChange(slug, profile, form, errors, changed);
        }
    }

    /**
     * Someone saved the entry since this form was opened. Their changes to fields this person left alone are kept;
     * when no field was changed by both, the merge is saved at once (again over any save that comes in between, a
     * few times at most); otherwise the form comes back with the merge and the fields both changed side by side.
     */
    private RestResponse<TemplateInstance> afterConcurrentChange(String slug, OrganisationProfile profile,
            EntryForm form, FormErrors errors, ConcurrentChangeException changed) {
        EntryForm typed = form;
        ConcurrentChangeException conflict = changed;
        for (int attempt = 1;; attempt++) {
            OrganisationView current = conflict.current(OrganisationView.class);
            EntryForm theirs = EntryForm.of(current.details(), current.version());
            FormMerge merge = FormMerge.of(typed.opened(), typed.values(), theirs.values());
            EntryForm merged = EntryForm.merged(merge.values(), theirs);
            if (merge.changesNothing(theirs.values())) {
                // the entry already reads as this person wants it
                return FormResponses.savedTo("/members/" + slug);
            }
            OrganisationDetails details = merged.details(errors, labels);
            if (!merge.isClean() || !errors.isEmpty() || attempt == FormMerge.MAX_AUTOMATIC_SAVES) {
                return render(409, profile, merged, errors,
                        merge.conflictRows(theirs.shown(labels), merged.shown(labels), labels));
            }
            try {
                directory.update(slug, details, current.version(), access.actor());
                return FormResponses.savedTo("/members/" + slug);
            } catch (InvalidInputException invalid) {
                return render(400, profile, merged, errors.addAll(invalid.problems()), List.of());
            } catch (ConcurrentChangeException again) {
                typed = merged;
                conflict = again;
            }
        }
    }

    private static RestResponse<TemplateInstance> render(int status, OrganisationProfile profile, EntryForm form,
            FormErrors errors,
            List<ConflictRow> conflict) {
        return FormResponses.page(status, Templates.edit(profile, form, errors, conflict));
    }
}
