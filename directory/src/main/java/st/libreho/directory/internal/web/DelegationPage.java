package st.libreho.directory.internal.web;

import java.util.Collections;
import java.util.List;

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
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import st.libreho.directory.Delegate;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationProfile;
import st.libreho.directory.OrganisationView;
import st.libreho.platform.ConcurrentChangeException;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.web.ConflictRow;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.FormResponses;
import st.libreho.platform.web.FormValues;

/**
 * The people who act for an organisation: the addresses of its delegation, and its single public contact address.
 * A person whose verified e-mail is in the delegation gets the delegate role when they sign in.
 */
@Path("/members/{slug}/delegation")
@Authenticated
public class DelegationPage {

    /**
     * What the page's forms show: the address being added, and the contact address with the entry version it
     * was read at.
     */
    public record DelegationForms(String newAddress, String contactEmail, String version) {
    }

    @CheckedTemplate(basePath = "directory/DelegationPage")
    static class Templates {
        static native TemplateInstance delegation(OrganisationProfile profile, List<Delegate> delegates,
                DelegationForms forms, FormErrors errors, List<ConflictRow> conflict, boolean saved);
    }

    private final Directory directory;
    private final OrganisationAccess access;
    private final Labels labels;

    public DelegationPage(Directory directory, OrganisationAccess access, Labels labels) {
        this.directory = directory;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestPath String slug, @RestQuery String saved) {
        OrganisationProfile profile = access.manageable(slug);
        return Templates.delegation(profile, directory.delegation(slug, access.actor()), stored(profile, null),
                FormErrors.none(labels), List.of(), saved != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> add(@RestPath String slug, @RestForm String email) {
        OrganisationProfile profile = access.manageable(slug);
        try {
            directory.addDelegate(slug, email, access.actor());
            return savedPage(slug);
        } catch (InvalidInputException invalid) {
            return render(400, slug, profile, stored(profile, email), new FormErrors(labels).addAll(invalid.problems()),
                    List.of());
        }
    }

    @POST
    @Path("remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> remove(@RestPath String slug, @RestForm String email) {
        OrganisationProfile profile = access.manageable(slug);
        try {
            // an address that is already gone counts as removed: the facade decides so
            directory.removeDelegate(slug, email, access.actor());
            return savedPage(slug);
        } catch (InvalidInputException invalid) {
            FormErrors errors = new FormErrors(labels);
            invalid.problems().forEach(problem -> errors.add("delegates",
                    labels.messages().delegation_addresses(), labels.problem(problem)));
            return render(400, slug, profile, stored(profile, null), errors, List.of());
        }
    }

    /** The single public address is part of the entry: it is changed like the entry, at the version it was read. */
    @POST
    @Path("contact-email")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> changeContactEmail(@RestPath String slug, @RestForm String contactEmail,
            @RestForm String version) {
        OrganisationProfile profile = access.manageable(slug);
        try {
            directory.changeContactEmail(slug, contactEmail, FormValues.version(version), access.actor());
            return savedPage(slug);
        } catch (InvalidInputException invalid) {
            FormErrors errors = new FormErrors(labels);
            invalid.problems().stream().filter(problem -> problem.field().equals("contactEmail"))
                    .forEach(problem -> errors.add(problem.field(), labels.problem(problem)));
            invalid.problems().stream().filter(problem -> !problem.field().equals("contactEmail"))
                    .forEach(problem -> errors.add("contactEmail", labels.field(problem.field()),
                            labels.messages().delegation_entry_invalid(labels.problem(problem))));
            return render(400, slug, profile, new DelegationForms(null, contactEmail, version), errors, List.of());
        } catch (ConcurrentChangeException changed) {
            // the facade took an address that already is this one as done: what remains is the other change
            OrganisationView theirs = changed.current(OrganisationView.class);
            List<ConflictRow> conflict = ConflictRow.between(
                    Collections.singletonMap("contactEmail", theirs.details().contactEmail()),
                    Collections.singletonMap("contactEmail", contactEmail), labels);
            return render(409, slug, profile,
                    new DelegationForms(null, contactEmail, String.valueOf(changed.currentVersion())),
                    new FormErrors(labels), conflict);
        }
    }

    private DelegationForms stored(OrganisationProfile profile, String newAddress) {
        OrganisationView organisation = profile.organisation();
        return new DelegationForms(newAddress, organisation.details().contactEmail(),
                String.valueOf(organisation.version()));
    }

    private RestResponse<TemplateInstance> render(int status, String slug, OrganisationProfile profile,
            DelegationForms forms,
            FormErrors errors, List<ConflictRow> conflict) {
        return FormResponses.page(status, Templates.delegation(profile,
                directory.delegation(slug, access.actor()), forms, errors, conflict, false));
    }

    private static RestResponse<TemplateInstance> savedPage(String slug) {
        return FormResponses.savedTo("/members/" + slug + "/delegation");
    }
}
