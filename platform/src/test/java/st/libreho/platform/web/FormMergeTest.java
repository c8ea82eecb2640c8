package st.libreho.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FormMergeTest {

    private static Map<String, String> values(String tagline, String region) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("tagline", tagline);
        values.put("region", region);
        return values;
    }

    @Test
    void aFieldThisPersonLeftTakesTheOtherPersonsChange() {
        String opened = FormMerge.opened(values("Old tagline", "Brittany"));

        FormMerge merge = FormMerge.of(opened, values("Old tagline", "Normandy"), values("Their tagline", "Brittany"));

        assertTrue(merge.isClean());
        assertEquals(values("Their tagline", "Normandy"), merge.values());
    }

    @Test
    void aFieldBothChangedDifferentlyIsAConflictAndKeepsWhatWasTyped() {
        String opened = FormMerge.opened(values("Old", "Brittany"));

        FormMerge merge = FormMerge.of(opened, values("Mine", "Brittany"), values("Theirs", "Brittany"));

        assertEquals(Set.of("tagline"), merge.conflicting());
        assertEquals("Mine", merge.values().get("tagline"));
    }

    @Test
    void bothMakingTheSameChangeIsNoConflict() {
        FormMerge merge = FormMerge.of(FormMerge.opened(values("Old", null)), values("Same", null),
                values("Same", null));

        assertTrue(merge.isClean());
    }

    @Test
    void withoutTheOpenedValuesEveryDifferenceIsAConflict() {
        FormMerge merge = FormMerge.of(null, values("Mine", "Brittany"), values("Theirs", "Brittany"));

        assertEquals(Set.of("tagline"), merge.conflicting());
    }

    @Test
    void valuesWithSeparatorsAndAccentsTravelIntact() {
        Map<String, String> tricky = values("a=b&c=d % é", "");
        FormMerge merge = FormMerge.of(FormMerge.opened(tricky), tricky, values("changed", ""));

        assertEquals("changed", merge.values().get("tagline"));
    }
}
