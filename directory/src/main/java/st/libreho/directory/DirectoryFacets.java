package st.libreho.directory;

import java.util.Map;

/**
 * How many listed organisations speak each language and are in each country: what the filters offer first, so that
 * a visitor sees the handful of languages the members use before the 180 others.
 *
 * @param languages ISO 639-1 code to number of organisations
 * @param countries ISO 3166-1 alpha-2 code to number of organisations
 */
public record DirectoryFacets(Map<String, Long> languages, Map<String, Long> countries) {

    public DirectoryFacets {
        languages = Map.copyOf(languages);
        countries = Map.copyOf(countries);
    }
}
