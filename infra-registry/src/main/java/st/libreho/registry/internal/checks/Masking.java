package st.libreho.registry.internal.checks;

/**
 * How a secret's value appears in a finding: enough for its owner to recognise it ({@code ghp_… (40 characters)}),
 * never enough to use it. At most the first 4 characters show, and no more than a quarter of a short value.
 */
final class Masking {

    private static final int MOST_SHOWN = 4;

    private Masking() {
    }

    static String mask(String value) {
        int length = value.codePointCount(0, value.length());
        int shown = Math.min(MOST_SHOWN, length / 4);
        String start = value.substring(0, value.offsetByCodePoints(0, shown));
        return start + "… (" + length + (length == 1 ? " character)" : " characters)");
    }
}
