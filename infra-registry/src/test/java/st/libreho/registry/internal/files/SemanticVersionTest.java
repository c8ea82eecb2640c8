package st.libreho.registry.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Version numbers as semver.org writes and orders them. */
class SemanticVersionTest {

    @Test
    void theSpecsPrecedenceExampleIsInOrder() {
        List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0", "2.1.0", "2.1.1",
                "10.0.0");
        List<SemanticVersion> shuffled = new ArrayList<>(ordered.stream().map(SemanticVersion::of).toList());
        Collections.shuffle(shuffled, new Random(7));
        Collections.sort(shuffled);
        assertEquals(ordered, shuffled.stream().map(SemanticVersion::toString).toList());
        for (int i = 0; i + 1 < ordered.size(); i++) {
            assertTrue(SemanticVersion.of(ordered.get(i + 1)).isGreaterThan(SemanticVersion.of(ordered.get(i))));
        }
    }

    @Test
    void numericIdentifiersCompareAsNumbersAndBeforeWords() {
        assertTrue(SemanticVersion.of("1.0.0-rc.10").isGreaterThan(SemanticVersion.of("1.0.0-rc.9")));
        assertTrue(SemanticVersion.of("1.0.0-rc.a").isGreaterThan(SemanticVersion.of("1.0.0-rc.99999")));
        // beyond any long, still compared
        assertTrue(SemanticVersion.of("1.0.0-123456789012345678901234567890")
                .isGreaterThan(SemanticVersion.of("1.0.0-99999999999999999999")));
        assertTrue(SemanticVersion.of("1.0.0-Z").compareTo(SemanticVersion.of("1.0.0-a")) < 0, "ASCII order");
    }

    @Test
    void buildMetadataIsNoNewerVersion() {
        SemanticVersion a = SemanticVersion.of("1.2.0+build.1");
        SemanticVersion b = SemanticVersion.of("1.2.0+build.2");
        assertEquals(0, a.compareTo(b));
        assertFalse(b.isGreaterThan(a), "a version differing by build metadata only is not greater than the last");
        assertNotEquals(a, b);
        assertEquals(List.of("build", "2"), b.build());
    }

    @ParameterizedTest
    @ValueSource(strings = { "0.0.0", "1.2.3", "10.20.30", "1.1.2-prerelease+meta", "1.1.2+meta-valid",
            "1.0.0-alpha.0valid", "1.0.0-rc.1+build.123", "2.0.0-rc.1+build.123",
            "1.0.0-alpha-a.b-c-somethinglong+build.1-aef.1-its-okay",
            "1.0.0-0A.is.legal", "1.2.3----RC-SNAPSHOT.12.9.1--.12+788", "1.0.0+0.build.1-rc.10000aaa-kk-0.1",
            "9223372036854775807.0.0" })
    void validVersionsFromTheSpecsTestSetParseAndPrintTheSame(String text) {
        assertEquals(text, SemanticVersion.parse(text).orElseThrow().toString());
        assertTrue(SemanticVersion.problem(text).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = { "1", "1.2", "1.2.3.4", "01.1.1", "1.01.1", "1.1.01", "1.2.3-0123", "1.2.3-0123.0123",
            "1.2-SNAPSHOT", "1.2.31.2.3----RC-SNAPSHOT.12.09.1--..12+788", "+invalid", "-invalid", "alpha",
            "1.0.0-alpha..1", "1.0.0-alpha_beta", "1.0.0+", "1.0.0-", "1.0.0+build..1", " 1.0.0", "1.0.0 ", "1.0.0-é",
            "99999999999999999999999.0.0", "" })
    void invalidVersionsFromTheSpecsTestSetAreRefusedWithAReason(String text) {
        assertTrue(SemanticVersion.parse(text).isEmpty(), text);
        assertFalse(SemanticVersion.problem(text).orElseThrow().isBlank());
    }

    @Test
    void aLeadingVIsRefusedSayingSo() {
        assertTrue(SemanticVersion.parse("v1.2.0").isEmpty());
        assertEquals("write the version number without the leading 'v': 1.2.0",
                SemanticVersion.problem("v1.2.0").orElseThrow());
    }

    @Test
    void leadingZerosAreNamed() {
        assertEquals("'1.02.0': numbers have no leading zeros ('02')", SemanticVersion.problem("1.02.0").orElseThrow());
    }
}
