package st.libreho.governance.internal.web.care;

import jakarta.enterprise.context.RequestScoped;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import st.libreho.platform.Actor;
import st.libreho.platform.web.FormResponses;
import st.libreho.platform.web.Identities;
import st.libreho.platform.web.RequestLanguage;

/**
 * Who is asking, and in which language, for the care pages. Every one of them answers {@code no-store}: they hold a
 * confidential report, a form with its token or the care team's names, which no browser, proxy or cache may keep.
 */
@RequestScoped
public class CareAccess {

    private final SecurityIdentity identity;
    private final RequestLanguage language;

    public CareAccess(SecurityIdentity identity, RequestLanguage language) {
        this.identity = identity;
        this.language = language;
    }

    public Actor actor() {
        return Identities.actorOf(identity);
    }

    public RestResponse<TemplateInstance> page(int status, TemplateInstance template) {
        return FormResponses.privatePage(status, template.setAttribute("locale", language.locale()));
    }
}
