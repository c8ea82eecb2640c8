package st.libreho.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import st.libreho.directory.Directory;
import st.libreho.directory.PersonView;
import st.libreho.web.i18n.Languages;

/**
 * What the layout needs to know about the request: who is signed in, which language is spoken, where the page is.
 * Templates read it as {@code inject:session}.
 */
@Named("session")
@RequestScoped
public class CurrentSession {

    private final SecurityIdentity identity;
    private final HttpServerRequest request;
    private final Directory directory;
    private final String sourceUrl;
    private PersonView person;

    public CurrentSession(SecurityIdentity identity, HttpServerRequest request, Directory directory,
            @ConfigProperty(name = "librehosters.source-url") String sourceUrl) {
        this.identity = identity;
        this.request = request;
        this.directory = directory;
        this.sourceUrl = sourceUrl;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public boolean isOperator() {
        return identity.hasRole("operator");
    }

    /** The signed-in person's name as recorded, or the provider's subject before the first record. */
    public String getDisplayName() {
        if (!isSignedIn()) {
            return "";
        }
        if (person == null) {
            person = directory.personBySubject(identity.getPrincipal().getName()).orElse(null);
        }
        return person == null ? identity.getPrincipal().getName() : person.displayName();
    }

    /** The language of this request, as settled by the language filter. */
    public String getLanguage() {
        return Languages.choose(null, request.getHeader("Accept-Language"));
    }

    /** This page's path and query, URL-encoded, for the language switcher to come back to. */
    public String getBackParam() {
        return URLEncoder.encode(request.uri(), StandardCharsets.UTF_8);
    }

    public String getSourceUrl() {
        return sourceUrl;
    }
}
