package st.libreho.registry.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import st.libreho.registry.SecretGeneration;
import st.libreho.registry.SecretGeneration.Alphabet;

/** Generated secrets: the length asked, the alphabet's characters only, each as likely as the others. */
class SecretGeneratorTest {

    @ParameterizedTest
    @EnumSource(Alphabet.class)
    void aSecretHasTheLengthAndOnlyTheCharactersAsked(Alphabet alphabet) {
        String characters = SecretGenerator.alphabet(alphabet);
        String secret = SecretGenerator.generate(new SecretGeneration(40, alphabet), new SecureRandom());
        assertEquals(40, secret.length());
        secret.chars().forEach(c -> assertTrue(characters.indexOf(c) >= 0, (char) c + " in " + alphabet));
    }

    @Test
    void theAlphabetsAreTheDocumentedOnes() {
        assertEquals(62, SecretGenerator.alphabet(Alphabet.ALPHANUMERIC).chars().distinct().count());
        assertEquals("0123456789abcdef", SecretGenerator.alphabet(Alphabet.HEX));
        assertEquals(64, SecretGenerator.alphabet(Alphabet.BASE64URL).chars().distinct().count());
        assertTrue(SecretGenerator.alphabet(Alphabet.BASE64URL).contains("-_"));
    }

    @ParameterizedTest
    @EnumSource(Alphabet.class)
    void everyCharacterIsEquallyLikely(Alphabet alphabet) throws NoSuchAlgorithmException {
        // 62 does not divide 256: a byte taken modulo 62 would draw the first 8 characters 25% more often, a
        // chi-square of about 500 here; a uniform draw gives about the number of characters (61 degrees of freedom)
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(20261126L);
        String characters = SecretGenerator.alphabet(alphabet);
        int perCharacter = 1000;
        Map<Character, Integer> counts = new HashMap<>();
        int draws = 0;
        while (draws < characters.length() * perCharacter) {
            for (char c : SecretGenerator.generate(new SecretGeneration(256, alphabet), random).toCharArray()) {
                counts.merge(c, 1, Integer::sum);
                draws++;
            }
        }
        assertEquals(characters.length(), counts.size(), "every character appears");
        double expected = (double) draws / characters.length();
        double chiSquare = counts.values().stream().mapToDouble(n -> (n - expected) * (n - expected) / expected)
                .sum();
        assertTrue(chiSquare < 2.5 * characters.length(), "chi-square " + chiSquare);
    }

    @Test
    void twoSecretsDiffer() {
        SecureRandom random = new SecureRandom();
        assertNotEquals(SecretGenerator.generate(SecretGeneration.DEFAULT, random),
                SecretGenerator.generate(SecretGeneration.DEFAULT, random));
    }

    @Test
    void lengthsOutsideEightTo256AreRefused() {
        SecureRandom random = new SecureRandom();
        assertThrows(IllegalArgumentException.class,
                () -> SecretGenerator.generate(new SecretGeneration(7, Alphabet.HEX), random));
        assertThrows(IllegalArgumentException.class,
                () -> SecretGenerator.generate(new SecretGeneration(257, Alphabet.HEX), random));
        assertEquals(256, SecretGenerator.generate(new SecretGeneration(256, Alphabet.HEX), random).length());
    }
}
