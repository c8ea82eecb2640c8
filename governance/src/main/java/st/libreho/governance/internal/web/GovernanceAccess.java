package st.libreho.governance.internal.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationMembership;
import st.libreho.platform.Actor;
import st.libreho.platform.web.FormResponses;
import st.libreho.platform.web.Identities;
import st.libreho.platform.web.RequestLanguage;

/**
 * Who is asking, and in which language, for the proposals' pages. The pages ask here which organisations a person
 * speaks for, to offer them forms; the governance facade checks again on every change, and its answer is the one that
 * counts.
 */
@RequestScoped
public class GovernanceAccess {

    private final Directory directory;
    private final SecurityIdentity identity;
    private final RequestLanguage language;
    private List<OrganisationMembership> memberships;

    public GovernanceAccess(Directory directory, SecurityIdentity identity, RequestLanguage language) {
        this.directory = directory;
        this.identity = identity;
        this.language = language;
    }

    public Actor actor() {
        return Identities.actorOf(identity);
    }

    /** A public page, in the reader's language (see the registry's access: the locale attribute is set by hand). */
    public RestResponse<TemplateInstance> page(int status, TemplateInstance template) {
        return FormResponses.page(status, template.setAttribute("locale", language.locale()));
    }

    /** A page holding what one person typed, or forms with their token: no browser, proxy or cache may keep it. */
    public RestResponse<TemplateInstance> privatePage(int status, TemplateInstance template) {
        return FormResponses.privatePage(status, template.setAttribute("locale", language.locale()));
    }

    /** The organisations whose delegation holds this person, by name; none for a visitor. */
    public List<OrganisationMembership> speaksFor() {
        if (memberships == null) {
            Actor actor = actor();
            Collator collator = Collator.getInstance(language.locale());
            memberships = actor == null ? List.of()
                    : directory.organisationsOf(actor).stream()
                            .sorted(Comparator.comparing(OrganisationMembership::name, collator)).toList();
        }
        return memberships;
    }

    /** The member organisations among them: those that take stances and open proposals. */
    public List<OrganisationMembership> members() {
        return speaksFor().stream().filter(OrganisationMembership::member).toList();
    }

    public boolean speaksFor(String slug) {
        return slug != null && speaksFor().stream().anyMatch(m -> m.slug().equals(slug));
    }

    /** Whether the signed-in person's address is this one (the facilitator's, for example). */
    public boolean isAddress(String email) {
        Actor actor = actor();
        return actor != null && actor.email() != null && email != null
                && actor.email().strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT));
    }

    public Locale locale() {
        return language.locale();
    }
}
