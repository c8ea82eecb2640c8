package st.libreho.directory.internal.interop;

import java.util.Locale;
import java.util.Set;

/** Language and country codes as the directory stores them: ISO 639-1 lower case, ISO 3166-1 alpha-2 upper case. */
final class IsoCodes {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private IsoCodes() {
    }

    /** The code, trimmed and lower-cased, or null when it is no ISO 639-1 language. */
    static String language(String text) {
        String code = text.strip().toLowerCase(Locale.ROOT);
        return code.length() == 2 && LANGUAGES.contains(code) ? code : null;
    }

    /** The code, trimmed and upper-cased, or null when it is no ISO 3166-1 alpha-2 country. */
    static String country(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        return code.length() == 2 && COUNTRIES.contains(code) ? code : null;
    }
}
