package st.libreho.kb.internal.web;

import jakarta.enterprise.context.RequestScoped;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import st.libreho.kb.KnowledgeBase;
import st.libreho.platform.Actor;
import st.libreho.platform.web.FormResponses;
import st.libreho.platform.web.Identities;
import st.libreho.platform.web.RequestLanguage;

/**
 * Who is asking, and in which language, for the wiki's pages. The editing pages check here before showing a form;
 * the knowledge base checks again on every change, and its answer is the one that counts.
 */
@RequestScoped
public class KbAccess {

    private final KnowledgeBase knowledgeBase;
    private final SecurityIdentity identity;
    private final RequestLanguage language;

    public KbAccess(KnowledgeBase knowledgeBase, SecurityIdentity identity, RequestLanguage language) {
        this.knowledgeBase = knowledgeBase;
        this.identity = identity;
        this.language = language;
    }

    /**
     * A page answered with a status of its own. The bundles of a template read the request's language from its
     * {@code locale} attribute, which Quarkus sets only on a template a method returns as it is, not on one inside a
     * response: without it, such a page came out in English whatever the reader's language.
     */
    public RestResponse<TemplateInstance> page(int status, TemplateInstance template) {
        return FormResponses.page(status, template.setAttribute("locale", language.locale()));
    }

    public Actor actor() {
        return Identities.actorOf(identity);
    }

    public boolean mayEdit() {
        Actor actor = actor();
        return actor != null && knowledgeBase.mayEdit(actor);
    }

    /** Anyone but a member (or an operator) gets the 403 page. */
    public Actor editor() {
        if (!mayEdit()) {
            throw new ForbiddenException("Only a member of the network may change the knowledge base.");
        }
        return actor();
    }
}
