package st.libreho.governance.internal.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import st.libreho.governance.DecisionMode;
import st.libreho.governance.Outcome;

/** After a rough consensus, who may appeal and until when; when an adopted outcome takes effect. */
class AppealAndEffectTest {

    private static final Rules ROUGH = new Rules(DecisionMode.ROUGH_CONSENSUS, new BigDecimal("0.5"), 1,
            Duration.ofDays(7), null);
    private static final Instant CLOSED = Instant.parse("2025-04-01T18:00:00Z");
    private static final Instant WINDOW_ENDS = CLOSED.plus(Duration.ofDays(7));
    private static final Set<String> MEMBERS = Set.of("a", "b", "c", "excluded");

    @ParameterizedTest(name = "{0} s from the end of the window: may appeal {1}")
    @CsvSource({ "-604800, true", "-1, true", "0, false", "1, false" })
    void anAppealMayBeLodgedUntilTheWindowCloses(long seconds, boolean allowed) {
        assertEquals(allowed, DecisionRules.mayAppeal(ROUGH, Outcome.ROUGH_CONSENSUS, CLOSED,
                WINDOW_ENDS.plusSeconds(seconds), "a", MEMBERS, "excluded"));
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = "ROUGH_CONSENSUS", mode = EnumSource.Mode.EXCLUDE)
    void onlyARoughConsensusMayBeAppealed(Outcome outcome) {
        assertFalse(DecisionRules.mayAppeal(ROUGH, outcome, CLOSED, CLOSED.plusSeconds(1), "a", MEMBERS, null));
    }

    @Test
    void onlyACountingMemberMayAppeal() {
        Instant soon = CLOSED.plusSeconds(60);
        assertTrue(DecisionRules.mayAppeal(ROUGH, Outcome.ROUGH_CONSENSUS, CLOSED, soon, "b", MEMBERS, "excluded"));
        assertFalse(DecisionRules.mayAppeal(ROUGH, Outcome.ROUGH_CONSENSUS, CLOSED, soon, "excluded", MEMBERS,
                "excluded"));
        assertFalse(DecisionRules.mayAppeal(ROUGH, Outcome.ROUGH_CONSENSUS, CLOSED, soon, "stranger", MEMBERS,
                "excluded"));
        assertFalse(DecisionRules.mayAppeal(ROUGH, Outcome.ROUGH_CONSENSUS, CLOSED, soon, null, MEMBERS, null));
    }

    @Test
    void aConsensusTakesEffectAtOnce() {
        assertEquals(CLOSED, DecisionRules.effectiveAt(ROUGH, Outcome.CONSENSUS, CLOSED));
        Rules consensusOnly = new Rules(DecisionMode.CONSENSUS, BigDecimal.ONE, 1, null, null);
        assertEquals(CLOSED, DecisionRules.effectiveAt(consensusOnly, Outcome.CONSENSUS, CLOSED));
    }

    @Test
    void aRoughConsensusTakesEffectWhenItsAppealWindowCloses() {
        assertEquals(WINDOW_ENDS, DecisionRules.effectiveAt(ROUGH, Outcome.ROUGH_CONSENSUS, CLOSED));
        // the moment it takes effect is the first moment an appeal is no longer possible
        assertFalse(DecisionRules.mayAppeal(ROUGH, Outcome.ROUGH_CONSENSUS, CLOSED, WINDOW_ENDS, "a", MEMBERS, null));
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = { "NOT_ADOPTED", "WITHDRAWN" })
    void whatIsNotAdoptedNeverTakesEffect(Outcome outcome) {
        assertNull(DecisionRules.effectiveAt(ROUGH, outcome, CLOSED));
    }

    @Test
    void aRoughConsensusUnderRulesWithoutAnAppealWindowIsABug() {
        Rules consensusOnly = new Rules(DecisionMode.CONSENSUS, BigDecimal.ONE, 1, null, null);
        assertThrows(IllegalArgumentException.class,
                () -> DecisionRules.effectiveAt(consensusOnly, Outcome.ROUGH_CONSENSUS, CLOSED));
    }
}
