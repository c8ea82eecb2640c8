package st.libreho.directory.internal.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import st.libreho.directory.ContactKind;
import st.libreho.directory.ContactView;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationProfile;
import st.libreho.platform.ConcurrentChangeException;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.FormResponses;

/** A delegate sets or removes the abuse, security and support contacts, each in a form of its own. */
@Path("/members/{slug}/contacts")
@Authenticated
public class ContactsPage {

    /** What a contact form sends. */
    public record ContactForm(@RestForm String email, @RestForm String url, @RestForm String wasEmail,
            @RestForm String wasUrl) {
    }

    /**
     * One kind of contact as its form shows it. The field ids carry the kind ({@code abuse-email}), since the three
     * forms share the page.
     */
    public record ContactRow(String id, ContactKind kind, String label, String email, String url, boolean exists,
            String wasEmail, String wasUrl) {

        public String emailField() {
            return id + "-email";
        }

        public String urlField() {
            return id + "-url";
        }
    }

    @CheckedTemplate(basePath = "directory/ContactsPage")
    static class Templates {
        static native TemplateInstance contacts(OrganisationProfile profile, List<ContactRow> contacts,
                FormErrors errors, boolean saved);
    }

    private final Directory directory;
    private final OrganisationAccess access;
    private final Labels labels;

    public ContactsPage(Directory directory, OrganisationAccess access, Labels labels) {
        this.directory = directory;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestPath String slug, @RestQuery String saved) {
        OrganisationProfile profile = access.manageable(slug);
        return Templates.contacts(profile, rows(profile, null, null), FormErrors.none(labels), saved != null);
    }

    @POST
    @Path("{kind}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> save(@RestPath String slug, @RestPath String kind,
            @BeanParam ContactForm form) {
        OrganisationProfile profile = access.manageable(slug);
        ContactKind contactKind = kind(kind);
        try {
            directory.putContact(slug, contactKind, form.email(), form.url(),
                    new ContactView(contactKind, form.wasEmail(), form.wasUrl()), access.actor());
            return FormResponses.savedTo("/members/" + slug + "/contacts");
        } catch (ConcurrentChangeException changed) {
            // someone saved this contact meanwhile: keep what this person typed, show what is stored now, and let
            // a second save apply their values deliberately (the form now carries the current ones as read)
            OrganisationProfile current = access.manageable(slug);
            ContactView now = current.contacts().stream().filter(contact -> contact.kind() == contactKind)
                    .findFirst().orElse(null);
            FormErrors errors = new FormErrors(labels).add(id(contactKind) + "-email", labels.contact(contactKind),
                    labels.messages().contacts_changed_meanwhile(now == null || now.email() == null ? "—" : now.email(),
                            now == null || now.url() == null ? "—" : now.url()));
            return FormResponses.page(409, Templates.contacts(current, rows(current, contactKind, form), errors,
                    false));
        } catch (InvalidInputException invalid) {
            FormErrors errors = new FormErrors(labels);
            String id = id(contactKind);
            invalid.problems().forEach(problem -> errors.add(id + "-" + problem.field(),
                    labels.contact(contactKind) + ", " + labels.field(problem.field()), labels.problem(problem)));
            return FormResponses.page(400, Templates.contacts(profile, rows(profile, contactKind, form), errors,
                    false));
        }
    }

    @POST
    @Path("{kind}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> remove(@RestPath String slug, @RestPath String kind) {
        access.manageable(slug);
        // a contact that is already gone counts as removed: the facade decides so
        directory.removeContact(slug, kind(kind), access.actor());
        return FormResponses.savedTo("/members/" + slug + "/contacts");
    }

    /** Every kind, with what is stored, except the one whose form was just sent back, which shows what was typed. */
    private List<ContactRow> rows(OrganisationProfile profile, ContactKind typedKind, ContactForm typed) {
        return Arrays.stream(ContactKind.values()).map(kind -> {
            ContactView stored = profile.contacts().stream().filter(contact -> contact.kind() == kind).findFirst()
                    .orElse(null);
            String label = labels.contact(kind);
            if (kind == typedKind) {
                return new ContactRow(id(kind), kind, label, typed.email(), typed.url(), stored != null,
                        stored == null ? null : stored.email(), stored == null ? null : stored.url());
            }
            return stored == null ? new ContactRow(id(kind), kind, label, null, null, false, null, null)
                    : new ContactRow(id(kind), kind, label, stored.email(), stored.url(), true, stored.email(),
                            stored.url());
        }).toList();
    }

    private static String id(ContactKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static ContactKind kind(String id) {
        return Arrays.stream(ContactKind.values()).filter(kind -> id(kind).equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("No contact kind " + id));
    }
}
