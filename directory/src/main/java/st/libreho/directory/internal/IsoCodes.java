package st.libreho.directory.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Language and country codes as the directory stores them: ISO 639-1 lower case, ISO 3166-1 alpha-2 upper case. Java
 * still lists three withdrawn ISO 639 codes beside the ones that replaced them (iw and he for Hebrew, in and id for
 * Indonesian, ji and yi for Yiddish): the directory takes the withdrawn ones and stores the current ones, so that a
 * language is one code, listed once and found by either.
 */
public final class IsoCodes {

    private static final Map<String, String> WITHDRAWN = Map.of("iw", "he", "in", "id", "ji", "yi");
    private static final Set<String> LANGUAGES = Arrays.stream(Locale.getISOLanguages())
            .filter(code -> !WITHDRAWN.containsKey(code)).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private IsoCodes() {
    }

    /** Every language code the directory knows, each language once. */
    public static Set<String> languages() {
        return LANGUAGES;
    }

    public static Set<String> countries() {
        return COUNTRIES;
    }

    /** A language code as stored: trimmed, lower case, the current code for a withdrawn one. Not checked. */
    public static String normalLanguage(String text) {
        String code = text.strip().toLowerCase(Locale.ROOT);
        return WITHDRAWN.getOrDefault(code, code);
    }

    public static boolean isLanguage(String code) {
        return code != null && LANGUAGES.contains(code);
    }

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /** The code as stored, or null when it is no ISO 639-1 language. */
    public static String language(String text) {
        String code = normalLanguage(text);
        return isLanguage(code) ? code : null;
    }

    /** The code, trimmed and upper-cased, or null when it is no ISO 3166-1 alpha-2 country. */
    public static String country(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        return isCountry(code) ? code : null;
    }
}
