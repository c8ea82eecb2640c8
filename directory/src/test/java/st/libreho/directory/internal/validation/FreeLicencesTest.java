package st.libreho.directory.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import st.libreho.directory.LicenceVerdict;

class FreeLicencesTest {

    @ParameterizedTest
    @ValueSource(strings = { "MIT", "Apache-2.0", "AGPL-3.0-or-later", "GPL-2.0+", "GPL-3.0",
            "GPL-3.0-only WITH Classpath-exception-2.0", "MIT OR SSPL-1.0", "SSPL-1.0 OR MIT", "CC0-1.0", "Unlicense",
            "WTFPL", "0BSD", "mit", "apache-2.0 or sspl-1.0", "(MIT OR BUSL-1.1) AND (Apache-2.0 OR SSPL-1.0)",
            "Apache-2.0+", "LGPL-2.1+", "LicenseRef-mine OR MIT", "MIT OR SSPL-1.0 AND BUSL-1.1" })
    void freeSoftwareIsAccepted(String expression) {
        LicenceVerdict verdict = FreeLicences.verdict(expression);
        assertTrue(verdict.valid(), expression);
        assertTrue(verdict.free(), expression + ": " + verdict.reason());
        assertEquals(List.of(), verdict.nonFree());
        assertEquals("", verdict.reason());
    }

    @Test
    void aLicenceNeitherListNamesFreeIsRefusedByName() {
        assertRefused("SSPL-1.0", List.of("SSPL-1.0"), "SSPL-1.0 is neither OSI approved nor FSF libre");
        assertRefused("BUSL-1.1", List.of("BUSL-1.1"), "BUSL-1.1 is neither OSI approved nor FSF libre");
        assertRefused("Elastic-2.0", List.of("Elastic-2.0"), "Elastic-2.0 is neither OSI approved nor FSF libre");
        assertRefused("CC-BY-NC-4.0", List.of("CC-BY-NC-4.0"), "CC-BY-NC-4.0 is neither OSI approved nor FSF libre");
    }

    @Test
    void everyPartOfAnAndMustBeFree() {
        assertRefused("MIT AND SSPL-1.0", List.of("SSPL-1.0"), "SSPL-1.0 is neither OSI approved nor FSF libre");
        assertRefused("(MIT OR BUSL-1.1) AND (SSPL-1.0 OR Elastic-2.0)", List.of("SSPL-1.0", "Elastic-2.0"),
                "SSPL-1.0 and Elastic-2.0 are neither OSI approved nor FSF libre");
    }

    @Test
    void anOrWithNoFreeChoiceNamesEveryChoice() {
        assertRefused("SSPL-1.0 OR BUSL-1.1 OR Elastic-2.0", List.of("SSPL-1.0", "BUSL-1.1", "Elastic-2.0"),
                "SSPL-1.0, BUSL-1.1 and Elastic-2.0 are neither OSI approved nor FSF libre");
    }

    @Test
    void andBindsTighterThanOr() {
        // MIT OR (SSPL-1.0 AND BUSL-1.1) is free; (MIT OR SSPL-1.0) AND BUSL-1.1 is not
        assertTrue(FreeLicences.verdict("MIT OR SSPL-1.0 AND BUSL-1.1").free());
        assertRefused("SSPL-1.0 AND BUSL-1.1 OR Elastic-2.0", List.of("SSPL-1.0", "BUSL-1.1", "Elastic-2.0"),
                "SSPL-1.0, BUSL-1.1 and Elastic-2.0 are neither OSI approved nor FSF libre");
        assertRefused("(MIT OR SSPL-1.0) AND BUSL-1.1", List.of("BUSL-1.1"),
                "BUSL-1.1 is neither OSI approved nor FSF libre");
    }

    @Test
    void idsAreNamedAsTheListSpellsThemWhateverTheCase() {
        assertRefused("mit and sspl-1.0", List.of("SSPL-1.0"), "SSPL-1.0 is neither OSI approved nor FSF libre");
        assertRefused("busl-1.1+", List.of("BUSL-1.1+"), "BUSL-1.1+ is neither OSI approved nor FSF libre");
    }

    @Test
    void anExceptionKeepsTheLicencesFreedom() {
        assertTrue(FreeLicences.verdict("GPL-2.0-or-later WITH Classpath-exception-2.0").free());
        assertRefused("SSPL-1.0 WITH Classpath-exception-2.0", List.of("SSPL-1.0"),
                "SSPL-1.0 is neither OSI approved nor FSF libre");
    }

    @Test
    void customLicencesAndAdditionsAreNotKnownToBeFree() {
        assertRefused("LicenseRef-x", List.of("LicenseRef-x"),
                "LicenseRef-x is not on the SPDX licence list, so it is not known to be free software");
        assertRefused("DocumentRef-spdx:LicenseRef-x AND MIT", List.of("DocumentRef-spdx:LicenseRef-x"),
                "DocumentRef-spdx:LicenseRef-x is not on the SPDX licence list, so it is not known to be free software");
        assertRefused("Apache-2.0 WITH AdditionRef-commons-clause", List.of("AdditionRef-commons-clause"),
                "AdditionRef-commons-clause is a custom addition, not known to only add permissions");
        assertRefused("LicenseRef-x AND SSPL-1.0", List.of("LicenseRef-x", "SSPL-1.0"),
                "SSPL-1.0 is neither OSI approved nor FSF libre; "
                        + "LicenseRef-x is not on the SPDX licence list, so it is not known to be free software");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "garbage", "MIT OR", "AND MIT", "(MIT", "MIT)", "MIT WITH", "MIT WITH MIT",
            "Classpath-exception-2.0", "MIT Apache-2.0", "GPL-2.0 WITH nonsense-exception", "()",
            "LicenseRef-", "MIT OR (Apache-2.0 AND)" })
    void anInvalidExpressionIsNeitherValidNorFree(String expression) {
        LicenceVerdict verdict = FreeLicences.verdict(expression);
        assertFalse(verdict.valid(), expression);
        assertFalse(verdict.free(), expression);
        assertEquals(List.of(), verdict.nonFree());
        assertEquals("not a valid SPDX expression", verdict.reason());
    }

    @Test
    void nullAndOverlongExpressionsAreInvalid() {
        assertFalse(FreeLicences.verdict(null).valid());
        assertFalse(FreeLicences.verdict("MIT OR ".repeat(40) + "MIT").valid());
    }

    @Test
    void parenthesesGroupAsWritten() {
        assertTrue(FreeLicences.verdict("((MIT))").free());
        assertTrue(FreeLicences.verdict("(SSPL-1.0 OR (MIT AND Apache-2.0))").free());
        assertFalse(FreeLicences.verdict("(SSPL-1.0 OR BUSL-1.1) AND MIT").free());
    }

    @Test
    void everyFlaggedLicenceIsOnTheValidityList() {
        // the two files come from different releases of the SPDX data: a flagged id that the parser would
        // refuse means the lists drifted apart (the list's own "X+" ids count as X)
        Map<String, String> listed = SpdxExpressions.load("/spdx/licenses.txt");
        Map<String, String> flagged = SpdxExpressions.load("/spdx/free-licences.txt");
        assertTrue(flagged.size() > 150, "the flag list is read: " + flagged.size());
        for (String id : flagged.values()) {
            String base = id.endsWith("+") ? id.substring(0, id.length() - 1) : id;
            assertTrue(listed.containsKey(base.toLowerCase(Locale.ROOT)), id + " is not in spdx/licenses.txt");
            assertTrue(FreeLicences.isFreeLicence(id), id);
        }
    }

    private static void assertRefused(String expression, List<String> nonFree, String reason) {
        LicenceVerdict verdict = FreeLicences.verdict(expression);
        assertTrue(verdict.valid(), expression);
        assertFalse(verdict.free(), expression);
        assertEquals(nonFree, verdict.nonFree(), expression);
        assertEquals(reason, verdict.reason(), expression);
    }
}
