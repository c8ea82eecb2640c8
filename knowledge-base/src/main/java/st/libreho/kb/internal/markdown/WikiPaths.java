package st.libreho.kb.internal.markdown;

import java.util.StringJoiner;

/**
 * The one way a wiki page path is written, so that {@code [[Sécurité des données]]}, {@code [[securite des
 * donnees]]} and {@code [[ Sécurité  des données ]]} all lead to the same page. The wiki's pages will be stored under
 * the same normalised paths.
 */
public final class WikiPaths {

    /** Where the wiki serves its pages; a page's address is this followed by its path. */
    public static final String PREFIX = "/kb/";

    private WikiPaths() {
    }

    /**
     * Segments separated by {@code /}, each lower case with Latin accents folded (é as e, œ as oe) and any run of
     * characters other than letters, digits and {@code _} (spaces, punctuation, hyphens) as one hyphen; empty
     * segments dropped, so that no path starts or ends with {@code /} and none climbs with {@code ..}. Letters of other
     * scripts are kept. Empty when nothing is left.
     */
    public static String normalise(String path) {
        StringJoiner segments = new StringJoiner("/");
        for (String segment : path.split("/")) {
            String slug = Slugs.slug(segment);
            if (!slug.isEmpty()) {
                segments.add(slug);
            }
        }
        return segments.toString();
    }

    /** The address of the page at a normalised path, before any percent-encoding. */
    public static String href(String normalisedPath) {
        return PREFIX + normalisedPath;
    }
}
