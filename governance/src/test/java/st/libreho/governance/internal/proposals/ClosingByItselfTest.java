package st.libreho.governance.internal.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.governance.GovernanceFixtures.stance;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import st.libreho.directory.Directory;
import st.libreho.governance.GovernanceFixtures;
import st.libreho.governance.GovernanceFixtures.Network;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalState;

/**
 * With the scheduler on, as in production, a proposal closes on its date with nobody reading it or acting: the
 * settings are shortened (a proposal may last a second, the job runs every second), as an operator could.
 */
@QuarkusTest
@TestProfile(ClosingByItselfTest.ShortProposals.class)
class ClosingByItselfTest {

    public static class ShortProposals implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "true",
                    "librehosters.governance.min-proposal-duration", "PT1S",
                    "librehosters.governance.closing-every", "1s");
        }
    }

    @Inject
    Directory directory;

    @Test
    void aProposalClosesOnItsDateByItself() throws InterruptedException {
        Network network = GovernanceFixtures.network(directory);
        // twenty seconds: time enough for the stances on a loaded machine
        Map<String, Object> body = GovernanceFixtures.proposal("GENERAL", "Closes while nobody looks",
                network.first());
        body.put("closesAt", java.time.Instant.now().plusSeconds(20).toString());
        long id = ((Number) GovernanceFixtures.as("member").contentType(io.restassured.http.ContentType.JSON)
                .body(body).post("/api/v1/proposals").then().statusCode(201).extract().path("id")).longValue();
        stance("member", id, network.first(), "AGREE", null);
        stance("delegate", id, network.second(), "AGREE", null);

        ProposalEntity proposal = null;
        // the job's first run waits 10 s after start; then it runs every second
        for (int i = 0; i < 600; i++) {
            proposal = QuarkusTransaction.requiringNew().call(() -> ProposalEntity.findById(id));
            if (proposal.state != ProposalState.OPEN) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(ProposalState.CLOSED, proposal.state, "closed by the job, read straight from the table");
        assertEquals(Outcome.CONSENSUS, proposal.outcome);
        assertTrue(proposal.effectsApplied != null, "an adopted decision takes effect at once");
    }
}
