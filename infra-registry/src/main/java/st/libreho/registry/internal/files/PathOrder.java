package st.libreho.registry.internal.files;

import java.util.Comparator;

/**
 * Paths ordered by Unicode code points, which is the byte order of their UTF-8 form: what {@code LC_ALL=C sort} and
 * Python's {@code sorted()} give, so that a person can rebuild the content hash with common tools. Java's own
 * {@link String#compareTo} compares UTF-16 units, which differs for characters beyond U+FFFF.
 */
final class PathOrder {

    static final Comparator<String> CODE_POINTS = PathOrder::compare;

    private PathOrder() {
    }

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        // the shorter one, a prefix of the other, comes first
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
