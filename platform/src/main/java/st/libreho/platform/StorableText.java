package st.libreho.platform;

/**
 * Text that PostgreSQL stores as it was typed. A NUL character makes PostgreSQL refuse the whole statement, and half
 * of a UTF-16 surrogate pair has no UTF-8 form, so the driver would store it as "?" without a word: the platform
 * refuses both where a request comes in (query, path, form and JSON), naming the field.
 */
public final class StorableText {

    /** What a field with such a character is told, in the API's English. */
    public static final String PROBLEM = "contains a character that cannot be stored (a NUL character, or half of a "
            + "character)";

    private StorableText() {
    }

    public static boolean isStorable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0' || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }
}
