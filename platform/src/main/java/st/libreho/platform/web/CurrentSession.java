package st.libreho.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.qute.TemplateData;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * What the layout needs to know about the request: who is signed in, which language is spoken, where the page is.
 * For a visitor who is not signed in, nothing here may depend on anything but the address and the language: their
 * pages are kept and served to every such visitor (ADR 0009).
 * Templates read it as {@code inject:session}.
 */
@Named("session")
@RequestScoped
public class CurrentSession {

    /**
     * One link of the language switcher: the language's tag, its name in that language, and the address that chooses
     * it and comes back to this page.
     */
    @TemplateData
    public record LanguageChoice(String code, String name, boolean current, String href) {
    }

    private final SecurityIdentity identity;
    private final HttpServerRequest request;
    private final RequestLanguage language;
    private final Languages languages;
    private final String sourceUrl;

    public CurrentSession(SecurityIdentity identity, HttpServerRequest request, RequestLanguage language,
            Languages languages, PlatformConfig config) {
        this.identity = identity;
        this.request = request;
        this.language = language;
        this.languages = languages;
        this.sourceUrl = config.sourceUrl();
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public boolean isOperator() {
        return identity.hasRole("operator");
    }

    /**
     * The signed-in person's name as their provider gives it. Read from the token, not the database, because error
     * pages render this header on the I/O thread, where blocking is not allowed.
     */
    public String getDisplayName() {
        if (!isSignedIn()) {
            return "";
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return Identities.claimsOf(token).displayName();
        }
        return identity.getPrincipal().getName();
    }

    /** The language of this request: the remembered choice, else the browser's preference. */
    public String getLanguage() {
        return language.get();
    }

    /**
     * The switcher's buttons: every configured language, each named from its own {@code ui:} bundle so that a person
     * who cannot read the current page still finds theirs.
     */
    public List<LanguageChoice> getLanguages() {
        String back = URLEncoder.encode(request.uri(), StandardCharsets.UTF_8);
        return languages.supported().stream().map(code -> new LanguageChoice(code,
                Bundles.of(UiMessages.class, code).language_name(), code.equals(language.get()),
                "/language?lang=" + code + "&back=" + back)).toList();
    }

    /** A moment as the reader reads it: their language's date and time, in UTC. */
    public String dateTime(Instant instant) {
        return Moments.readable(instant, language.locale());
    }

    /** The sign-in link, which brings the person back to this page once signed in. */
    public String getSignInUri() {
        return "/login?back=" + URLEncoder.encode(request.uri(), StandardCharsets.UTF_8);
    }

    public String getSourceUrl() {
        return sourceUrl;
    }
}
