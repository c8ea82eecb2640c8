package st.libreho.registry;

/**
 * How a secret variable's value is generated: {@code length} characters drawn from the alphabet by a secure random
 * generator.
 *
 * @param length how many characters, 8 to 256
 * @param alphabet which characters
 */
public record SecretGeneration(int length, Alphabet alphabet) {

    /** The characters a generated secret is made of. */
    public enum Alphabet {
        /** A-Z, a-z, 0-9: safe in any file and shell. */
        ALPHANUMERIC,
        /** 0-9, a-f. */
        HEX,
        /** URL-safe base64 characters. */
        BASE64URL
    }

    public static final SecretGeneration DEFAULT = new SecretGeneration(32, Alphabet.ALPHANUMERIC);
}
