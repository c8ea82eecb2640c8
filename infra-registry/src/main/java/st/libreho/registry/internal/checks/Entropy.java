package st.libreho.registry.internal.checks;

import java.util.HashMap;
import java.util.Map;

/** Shannon entropy of a value's characters: how evenly it uses the characters it is made of. */
final class Entropy {

    private Entropy() {
    }

    /** Bits per character, from 0 (one character repeated) to log2 of the number of different characters. */
    static double bitsPerCharacter(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        // ASCII, nearly all values, counted in an array; any other character in a map
        int[] ascii = new int[128];
        Map<Integer, Integer> others = new HashMap<>();
        value.codePoints().forEach(c -> {
            if (c < ascii.length) {
                ascii[c]++;
            } else {
                others.merge(c, 1, Integer::sum);
            }
        });
        double length = value.codePointCount(0, value.length());
        double bits = 0;
        for (int count : ascii) {
            bits -= count == 0 ? 0 : count / length * Math.log(count / length);
        }
        for (int count : others.values()) {
            bits -= count / length * Math.log(count / length);
        }
        return bits / Math.log(2);
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
