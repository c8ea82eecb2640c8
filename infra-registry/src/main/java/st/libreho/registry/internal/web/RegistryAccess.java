package st.libreho.registry.internal.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import st.libreho.directory.Directory;
import st.libreho.directory.DirectoryQuery;
import st.libreho.directory.OrganisationMembership;
import st.libreho.directory.OrganisationStatus;
import st.libreho.directory.OrganisationSummary;
import st.libreho.platform.Actor;
import st.libreho.platform.Page;
import st.libreho.platform.web.FormResponses;
import st.libreho.platform.web.Identities;
import st.libreho.platform.web.RequestLanguage;
import st.libreho.registry.internal.web.RegistryLabels.Option;

/**
 * Who is asking, and in which language, for the registry's pages. The pages ask here which organisations a person
 * may share configurations for, to offer them; the registry checks again on every change, and its answer is the one
 * that counts.
 */
@RequestScoped
public class RegistryAccess {

    /** How many organisations an operator's choice lists at most: far more than the network will have. */
    private static final int MAX_ORGANISATIONS = 1_000;

    private final Directory directory;
    private final SecurityIdentity identity;
    private final RequestLanguage language;
    private List<Option> publishable;

    public RegistryAccess(Directory directory, SecurityIdentity identity, RequestLanguage language) {
        this.directory = directory;
        this.identity = identity;
        this.language = language;
    }

    public Actor actor() {
        return Identities.actorOf(identity);
    }

    /**
     * A page answered with a status of its own, in the reader's language (the bundles of a template inside a
     * response read the language from its {@code locale} attribute, which Quarkus sets only on a template returned
     * as it is).
     */
    public RestResponse<TemplateInstance> page(int status, TemplateInstance template) {
        return FormResponses.page(status, template.setAttribute("locale", language.locale()));
    }

    /**
     * A page that holds what one person typed or a token made for them (a form with their values, pasted files, the
     * CSRF token of a form visitors fill in): no browser, proxy or cache may keep it.
     */
    public RestResponse<TemplateInstance> privatePage(int status, TemplateInstance template) {
        return FormResponses.privatePage(status, template.setAttribute("locale", language.locale()));
    }

    /**
     * The organisations this person may share configurations for, by name: the member organisations whose
     * delegation holds them, or every member organisation for an operator.
     */
    public List<Option> publishableOrganisations() {
        if (publishable != null) {
            return publishable;
        }
        Actor actor = actor();
        Map<String, String> found = new LinkedHashMap<>();
        if (actor != null) {
            for (OrganisationMembership membership : directory.organisationsOf(actor)) {
                if (membership.member()) {
                    found.put(membership.slug(), membership.name());
                }
            }
            if (actor.operator()) {
                memberOrganisations(found);
            }
        }
        Collator collator = Collator.getInstance(language.locale());
        List<Option> options = new ArrayList<>();
        found.forEach((slug, name) -> options.add(new Option(slug, name)));
        options.sort(Comparator.comparing(Option::label, collator));
        publishable = List.copyOf(options);
        return publishable;
    }

    private void memberOrganisations(Map<String, String> found) {
        for (int number = 1; number <= MAX_ORGANISATIONS / DirectoryQuery.MAX_SIZE; number++) {
            Page<OrganisationSummary> page = directory.searchOrganisations(new DirectoryQuery(null, null, null, null,
                    false, null, number, DirectoryQuery.MAX_SIZE));
            page.items().stream().filter(o -> o.status() == OrganisationStatus.MEMBER)
                    .forEach(o -> found.putIfAbsent(o.slug(), o.name()));
            if (!page.hasNext()) {
                return;
            }
        }
    }

    /** Whether the person may share a configuration for at least one organisation. */
    public boolean mayShare() {
        return actor() != null && !publishableOrganisations().isEmpty();
    }

    /** Anyone who may share for no organisation gets the 403 page. */
    public Actor sharer() {
        if (!mayShare()) {
            throw new ForbiddenException("Only a delegate of a member organisation, or an operator, may share "
                    + "configurations.");
        }
        return actor();
    }
}
