package st.libreho.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The languages the platform speaks, and how a request chooses one. They are Quarkus' own {@code quarkus.locales}
 * (with {@code quarkus.default-locale} first among equals), so that another language is its tag there and its
 * {@code messages/<bundle>_<language>.properties} files, never a change here.
 */
@ApplicationScoped
public class Languages {

    /** The cookie that remembers a language chosen with the switcher; it wins over Accept-Language. */
    public static final String COOKIE = "lang";

    private final List<String> supported;
    private final String defaultLanguage;

    @Inject
    public Languages(@ConfigProperty(name = "quarkus.locales") List<String> locales,
            @ConfigProperty(name = "quarkus.default-locale") String defaultLocale) {
        // pages switch by language ("fr"), whatever region a configured locale names
        this.supported = locales.stream().map(Languages::languageOf).filter(l -> !l.isEmpty()).distinct().toList();
        this.defaultLanguage = languageOf(defaultLocale);
    }

    private static String languageOf(String tag) {
        return Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    }

    /** The supported languages in the configured order: the order of the switcher. */
    public List<String> supported() {
        return supported;
    }

    /** The language of a request that asks for none the platform speaks. */
    public String defaultLanguage() {
        return defaultLanguage;
    }

    /** The supported language for a tag such as "fr-CA" or "FR", if any. */
    public Optional<String> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return supported.contains(language) ? Optional.of(language) : Optional.empty();
    }

    /**
     * The language for a request: the remembered choice, else the first supported language of the Accept-Language
     * header in the order of preference, else the default language.
     */
    public String choose(String cookie, String acceptLanguage) {
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
        return defaultLanguage;
    }
}
