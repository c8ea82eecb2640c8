package st.libreho.registry.internal.checks;

import java.util.regex.Pattern;

/**
 * Whether a value looks generated rather than chosen by a person: long enough, using its alphabet evenly, mixing
 * kinds of characters, and not words glued together. The thresholds come from the rules file (see
 * docs/adr/0013-registry-checks.md for why these).
 *
 * @param minLength shorter values are never taken for generated ones: at that length a person's password and a
 *        random string cannot be told apart, and a short value is a weak default at worst
 * @param shareOfMaximum the share of the most entropy a value of that length and alphabet can have
 * @param minCharacterClasses how many of lower case, upper case, digits and other signs it must mix
 * @param words values made of words ("Bonfire_Cookie", "Summer2024!"), which are not generated however mixed
 */
record HighEntropy(int minLength, double shareOfMaximum, int minCharacterClasses, Pattern words) {

    boolean test(String value) {
        int length = value.codePointCount(0, value.length());
        if (length < minLength || characterClasses(value) < minCharacterClasses || words.matcher(value).matches()) {
            return false;
        }
        double most = Entropy.log2(Math.min(length, alphabetSize(value)));
        return Entropy.bitsPerCharacter(value) >= shareOfMaximum * most;
    }

    /** The size of the smallest usual alphabet the value is written in: hex, base 36, base 62, base64, printable. */
    static int alphabetSize(String value) {
        if (value.chars().allMatch(c -> isDigit(c) || (c >= 'a' && c <= 'f'))
                || value.chars().allMatch(c -> isDigit(c) || (c >= 'A' && c <= 'F'))) {
            return 16;
        }
        if (value.chars().allMatch(c -> isDigit(c) || isLower(c))
                || value.chars().allMatch(c -> isDigit(c) || isUpper(c))) {
            return 36;
        }
        if (value.chars().allMatch(c -> isDigit(c) || isLower(c) || isUpper(c))) {
            return 62;
        }
        if (value.chars().allMatch(c -> isDigit(c) || isLower(c) || isUpper(c) || "+/=_-".indexOf(c) >= 0)) {
            return 64;
        }
        return 94;
    }

    /** Lower case, upper case, digits, other signs; '_', '-' and '.' join words and do not count. */
    static int characterClasses(String value) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isLower(c)) {
                lower = true;
            } else if (isUpper(c)) {
                upper = true;
            } else if (isDigit(c)) {
                digit = true;
            } else if ("_-.".indexOf(c) < 0) {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
