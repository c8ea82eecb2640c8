package st.libreho.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/** The languages the platform speaks, and how a request chooses one. */
public final class Languages {

    /** The cookie that remembers a language chosen with the switcher; it wins over Accept-Language. */
    public static final String COOKIE = "lang";
    public static final List<String> SUPPORTED = List.of("en", "fr");
    public static final String DEFAULT = "en";

    private Languages() {
    }

    /** The supported language for a tag such as "fr-CA" or "FR", if any. */
    public static Optional<String> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.contains(language) ? Optional.of(language) : Optional.empty();
    }

    /** The language of this request: see {@link #choose(String, String)}. */
    public static String of(HttpServerRequest request) {
        Cookie remembered = request.getCookie(COOKIE);
        return choose(remembered == null ? null : remembered.getValue(), request.getHeader("Accept-Language"));
    }

    /**
     * The language for a request: the remembered choice, else the first supported language of the Accept-Language
     * header in the order of preference, else English.
     */
    public static String choose(String cookie, String acceptLanguage) {
        Optional<String> chosen = supported(cookie);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    Optional<String> language = supported(range.getRange());
                    if (language.isPresent()) {
                        return language.get();
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed header is no reason to fail a page: fall back to the default
            }
        }
        return DEFAULT;
    }
}
