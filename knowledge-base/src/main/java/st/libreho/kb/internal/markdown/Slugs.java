package st.libreho.kb.internal.markdown;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a title into readable words for an address: "Sécurité des données" becomes {@code securite-des-donnees}. Used
 * for heading anchors and wiki path segments, so that both follow one rule.
 */
final class Slugs {

    // letters that carry no separable accent, written the way a French or German reader would type them without it
    private static final Map<Integer, String> LATIN_LETTERS_WITHOUT_ACCENT = Map.of(
            (int) 'œ', "oe", (int) 'æ', "ae", (int) 'ß', "ss", (int) 'ø', "o", (int) 'đ', "d",
            (int) 'ð', "d", (int) 'ł', "l", (int) 'þ', "th", (int) 'ı', "i");

    private Slugs() {
    }

    /**
     * The words of {@code text}: lower case, Latin accents folded, every run of anything but letters, digits and
     * {@code _} turned into one hyphen, no hyphen at either end. Empty when the text has no letter or digit.
     */
    static String slug(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean inWord = false;
        boolean separated = false;
        for (int i = 0; i < folded.length();) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            boolean wordCharacter = Character.isLetterOrDigit(c) || c == '_' || (inWord && isMark(c));
            if (wordCharacter) {
                if (separated && out.length() > 0) {
                    out.append('-');
                }
                out.appendCodePoint(c);
                separated = false;
                inWord = true;
            } else {
                separated = true;
                inWord = false;
            }
        }
        return out.toString();
    }

    /**
     * Lower case by the root locale (the same on every server, where {@code toLowerCase()} would give a Turkish
     * server other ids), compatibility forms spelled out ({@code ﬁ} as fi, {@code ²} as 2), accents removed from
     * Latin letters only: a mark in another script is part of its letter (Cyrillic й, Devanagari vowel signs), and
     * removing it would change the word.
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean afterLatinLetter = false;
        for (int i = 0; i < decomposed.length();) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c)) {
                if (!afterLatinLetter) {
                    out.appendCodePoint(c);
                }
                continue;
            }
            afterLatinLetter = Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            String spelled = LATIN_LETTERS_WITHOUT_ACCENT.get(c);
            if (spelled != null) {
                out.append(spelled);
            } else {
                out.appendCodePoint(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
