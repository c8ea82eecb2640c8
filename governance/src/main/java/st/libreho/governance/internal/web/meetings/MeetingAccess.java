package st.libreho.governance.internal.web.meetings;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import st.libreho.directory.Directory;
import st.libreho.directory.DirectoryQuery;
import st.libreho.directory.OrganisationStatus;
import st.libreho.directory.OrganisationSummary;
import st.libreho.governance.Governance;
import st.libreho.platform.Actor;
import st.libreho.platform.Page;
import st.libreho.platform.web.FormResponses;
import st.libreho.platform.web.Identities;
import st.libreho.platform.web.RequestLanguage;

/**
 * Who is asking, and in which language, for the meetings' pages. The pages ask here whether to offer the members'
 * forms; the facade checks again on every change, and its answer is the one that counts.
 */
@RequestScoped
public class MeetingAccess {

    /** One choice of a select: the submitted value and what the person reads. */
    @TemplateData
    public record Option(String value, String label) {
    }

    /** How many organisations the attendance form lists at most: far more than the network will have. */
    private static final int MAX_ORGANISATIONS = 1_000;

    private final Governance governance;
    private final Directory directory;
    private final SecurityIdentity identity;
    private final RequestLanguage language;
    private Boolean member;

    public MeetingAccess(Governance governance, Directory directory, SecurityIdentity identity,
            RequestLanguage language) {
        this.governance = governance;
        this.directory = directory;
        this.identity = identity;
        this.language = language;
    }

    public Actor actor() {
        return Identities.actorOf(identity);
    }

    /** Whether the person speaks for a member organisation, so may plan meetings and record them. */
    public boolean mayTakePart() {
        if (member == null) {
            Actor actor = actor();
            member = actor != null && governance.mayTakePartInMeetings(actor);
        }
        return member;
    }

    /** A page answered with a status of its own, in the reader's language; never kept by a cache (forms, tokens). */
    public RestResponse<TemplateInstance> page(int status, TemplateInstance template) {
        return FormResponses.privatePage(status, template.setAttribute("locale", language.locale()));
    }

    /** The member organisations, by name, for the attendance form and to name the organisations present. */
    public List<Option> memberOrganisations() {
        List<Option> options = new ArrayList<>();
        for (int number = 1; number <= MAX_ORGANISATIONS / DirectoryQuery.MAX_SIZE; number++) {
            Page<OrganisationSummary> page = directory.searchOrganisations(new DirectoryQuery(null, null, null, null,
                    false, null, number, DirectoryQuery.MAX_SIZE));
            page.items().stream().filter(o -> o.status() == OrganisationStatus.MEMBER)
                    .forEach(o -> options.add(new Option(o.slug(), o.name())));
            if (!page.hasNext()) {
                break;
            }
        }
        options.sort(Comparator.comparing(Option::label, Collator.getInstance(language.locale())));
        return options;
    }
}
