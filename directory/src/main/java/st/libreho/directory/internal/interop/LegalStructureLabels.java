package st.libreho.directory.internal.interop;

import java.util.Locale;
import java.util.Map;

import st.libreho.directory.LegalStructure;

/**
 * Maps libreho.st's free-text organizationType to a {@link LegalStructure} and back. Only letters are compared, case
 * ignored, so "Non-profit", "non profit" and "NonProfit" all match.
 */
final class LegalStructureLabels {

    private static final Map<String, LegalStructure> SYNONYMS = Map.ofEntries(
            Map.entry("individual", LegalStructure.INDIVIDUAL),
            Map.entry("person", LegalStructure.INDIVIDUAL),
            Map.entry("collective", LegalStructure.INFORMAL_COLLECTIVE),
            Map.entry("informalcollective", LegalStructure.INFORMAL_COLLECTIVE),
            Map.entry("nonprofit", LegalStructure.NON_PROFIT),
            Map.entry("association", LegalStructure.NON_PROFIT),
            Map.entry("ngo", LegalStructure.NON_PROFIT),
            Map.entry("cooperative", LegalStructure.CO_OPERATIVE),
            Map.entry("coop", LegalStructure.CO_OPERATIVE),
            Map.entry("business", LegalStructure.BUSINESS),
            Map.entry("company", LegalStructure.BUSINESS),
            // what the writer produces for OTHER, so that a manifest we wrote reads back without a warning
            Map.entry("other", LegalStructure.OTHER));

    private LegalStructureLabels() {
    }

    /** The structure the text names, or null when it names none the directory knows. */
    static LegalStructure fromText(String text) {
        return SYNONYMS.get(key(text));
    }

    /** A readable English label that {@link #fromText(String)} maps back to the same structure. */
    static String label(LegalStructure structure) {
        return switch (structure) {
            case INDIVIDUAL -> "Individual";
            case INFORMAL_COLLECTIVE -> "Informal collective";
            case NON_PROFIT -> "Non-profit";
            case CO_OPERATIVE -> "Co-operative";
            case BUSINESS -> "Business";
            case OTHER -> "Other";
        };
    }

    private static String key(String text) {
        StringBuilder letters = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
        return letters.toString();
    }
}
