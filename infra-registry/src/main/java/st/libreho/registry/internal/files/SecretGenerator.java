package st.libreho.registry.internal.files;

import java.security.SecureRandom;

import st.libreho.registry.SecretGeneration;

/**
 * Generates a secret's value: each character drawn uniformly from the alphabet by a secure random generator.
 * {@link SecureRandom#nextInt(int)} rejects the draws that would favour some characters (no modulo bias), so a
 * 32-character alphanumeric secret carries its full 32 × log2(62) ≈ 190 bits.
 */
public final class SecretGenerator {

    /** The shortest and longest secret generated. */
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 256;

    private static final String DIGITS = "0123456789";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";

    private SecretGenerator() {
    }

    public static String generate(SecretGeneration generation, SecureRandom random) {
        if (generation.length() < MIN_LENGTH || generation.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "a secret has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters, not " + generation.length());
        }
        String alphabet = alphabet(generation.alphabet());
        StringBuilder secret = new StringBuilder(generation.length());
        for (int i = 0; i < generation.length(); i++) {
            secret.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return secret.toString();
    }

    /** The characters of {@code alphabet}, in a fixed order. */
    static String alphabet(SecretGeneration.Alphabet alphabet) {
        return switch (alphabet) {
            case ALPHANUMERIC -> UPPER + LOWER + DIGITS;
            case HEX -> DIGITS + "abcdef";
            case BASE64URL -> UPPER + LOWER + DIGITS + "-_";
        };
    }
}
