package st.libreho.governance.internal.departures;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static st.libreho.governance.GovernanceFixtures.as;
import static st.libreho.governance.GovernanceFixtures.stance;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationStatus;
import st.libreho.governance.GovernanceFixtures;
import st.libreho.governance.GovernanceFixtures.Network;
import st.libreho.governance.MovableClock;
import st.libreho.governance.internal.proposals.ClosingJob;

/**
 * The three ways out of the network (CPP, "How to leave the network?"): a delegation leaves by itself, at once or at a
 * date; a breach of commitments is an exclusion decided without the organisation concerned counting; the directory
 * keeps the former member.
 */
@QuarkusTest
class LeavingTest {

    @Inject
    Directory directory;

    @Inject
    ClosingJob job;

    private Network network;

    @BeforeEach
    void aNetwork() {
        network = GovernanceFixtures.network(directory);
    }

    @AfterEach
    void timeBack() {
        MovableClock.reset();
    }

    @Test
    void aDelegationLeavesAtOnceAndOnlyItsOwnDelegationMay() {
        as("delegate").contentType(ContentType.JSON).body(Map.of("organisation", network.first()))
                .post("/api/v1/departures").then().statusCode(403);
        as("member").contentType(ContentType.JSON).body(Map.of("organisation", network.first()))
                .post("/api/v1/departures").then().statusCode(201).body("reason", equalTo("VOLUNTARY"));
        assertEquals(OrganisationStatus.FORMER_MEMBER, directory.statusOf(network.first()).orElseThrow());
        as("member").contentType(ContentType.JSON).body(Map.of("organisation", network.first()))
                .post("/api/v1/departures").then().statusCode(422);
        as(null).get("/api/v1/departures?size=100").then().statusCode(200)
                .body("items.organisation", hasItem(network.first()));
    }

    @Test
    void aDelegationLeavesAtADateAndIsLeavingUntilThen() {
        String inAMonth = Instant.now().plus(Duration.ofDays(30)).toString();
        as("delegate").contentType(ContentType.JSON)
                .body(Map.of("organisation", network.second(), "effectiveAt", inAMonth))
                .post("/api/v1/departures").then().statusCode(201);
        assertEquals(OrganisationStatus.LEAVING, directory.statusOf(network.second()).orElseThrow());
        MovableClock.advance(Duration.ofDays(31));
        job.run();
        assertEquals(OrganisationStatus.FORMER_MEMBER, directory.statusOf(network.second()).orElseThrow());
    }

    @Test
    void anExclusionIsDecidedWithoutTheOrganisationConcernedCounting() {
        Map<String, Object> exclusion = GovernanceFixtures.proposal("EXCLUSION", "Exclude for a breach",
                network.first());
        exclusion.put("concerned", network.third());
        long id = ((Number) as("member").contentType(ContentType.JSON).body(exclusion).post("/api/v1/proposals")
                .then().statusCode(201).extract().path("id")).longValue();
        stance("member", id, network.first(), "AGREE", null);
        stance("delegate", id, network.second(), "AGREE", null);
        // the organisation concerned speaks, and its objection is in the ledger, but it does not block
        stance("member", id, network.third(), "OBJECT", "We fixed the breach last week");
        as(null).get("/api/v1/proposals/" + id).then()
                .body("stances.find { it.organisation == '" + network.third() + "' }.counts", equalTo(false))
                .body("objections[0].organisation", equalTo(network.third()));
        as("delegate").contentType(ContentType.JSON).body(Map.of("outcome", "CONSENSUS"))
                .post("/api/v1/proposals/" + id + "/close").then().statusCode(200)
                .body("outcome", equalTo("CONSENSUS"));
        assertEquals(OrganisationStatus.FORMER_MEMBER, directory.statusOf(network.third()).orElseThrow());
        as(null).get("/api/v1/departures?size=100").then()
                .body("items.find { it.organisation == '" + network.third() + "' }.reason",
                        equalTo("BREACH_OF_COMMITMENTS"));
    }
}
