package st.libreho.platform.web;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The language of this request, decided once, here, when something first asks: the language filter (for the
 * templates' bundles), the layout, the modules' labels and the error pages all read this one answer, so that no two
 * of them can disagree. It reads the request as the client sent it, before the filter rewrites Accept-Language.
 */
@RequestScoped
public class RequestLanguage {

    private final String language;

    public RequestLanguage(Languages languages, HttpServerRequest request) {
        Cookie remembered = request.getCookie(Languages.COOKIE);
        this.language = languages.choose(remembered == null ? null : remembered.getValue(),
                request.getHeader("Accept-Language"));
    }

    /** The language tag, such as "fr". */
    public String get() {
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
