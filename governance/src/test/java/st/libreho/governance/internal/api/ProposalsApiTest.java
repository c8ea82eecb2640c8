package st.libreho.governance.internal.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static st.libreho.governance.GovernanceFixtures.as;
import static st.libreho.governance.GovernanceFixtures.open;
import static st.libreho.governance.GovernanceFixtures.proposal;
import static st.libreho.governance.GovernanceFixtures.stance;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import st.libreho.directory.Directory;
import st.libreho.governance.GovernanceFixtures;
import st.libreho.governance.GovernanceFixtures.Network;
import st.libreho.governance.MovableClock;
import st.libreho.governance.internal.proposals.ProposalEntity;

/**
 * Proposals through the API as members' tools use it, with three member organisations: opening with frozen rules,
 * stances with who spoke, the objection ledger, stale stances after a revision, the facilitator's declarations, the
 * appeal window, closing by itself, and the public decision log.
 */
@QuarkusTest
class ProposalsApiTest {

    @Inject
    Directory directory;

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
    void aMemberOpensAProposalWithTheRulesInForceFrozenOnIt() {
        long id = open("GENERAL", "Share a Matrix bridge", network.first());
        as(null).get("/api/v1/proposals/" + id).then().statusCode(200)
                .body("state", equalTo("OPEN"))
                .body("outcome", nullValue())
                .body("kind", equalTo("GENERAL"))
                .body("openedFor", equalTo(network.first()))
                .body("facilitator", equalTo(GovernanceFixtures.FACILITATOR))
                .body("rules.mode", equalTo("ROUGH_CONSENSUS"))
                .body("rules.minSupport", equalTo(2))
                .body("rules.appealWindow", equalTo("PT336H"))
                .body("versions", hasSize(1))
                .body("versions[0].text", containsString("Share a Matrix bridge"))
                .body("tally.reasons", hasItem("support-too-low"));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndOnlyMembersOpen() {
        as(null).contentType(ContentType.JSON).body(proposal("GENERAL", "Anonymous", network.first()))
                .post("/api/v1/proposals").then().statusCode(401);
        as("person").contentType(ContentType.JSON).body(proposal("GENERAL", "Not a member", null))
                .post("/api/v1/proposals").then().statusCode(403);
        Map<String, Object> badKind = proposal("REFERENDUM", "Bad kind", network.first());
        as("member").contentType(ContentType.JSON).body(badKind).post("/api/v1/proposals").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("kind"));
        Map<String, Object> tooSoon = proposal("GENERAL", "Too soon", network.first());
        tooSoon.put("closesAt", "2020-01-01T00:00:00Z");
        as("member").contentType(ContentType.JSON).body(tooSoon).post("/api/v1/proposals").then().statusCode(422)
                .body("errors.field", hasItem("closesAt"));
        Map<String, Object> noTitle = proposal("GENERAL", " ", network.first());
        noTitle.put("facilitator", "nobody@nowhere.example");
        as("member").contentType(ContentType.JSON).body(noTitle).post("/api/v1/proposals").then().statusCode(422)
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("facilitator"));
        as("member").contentType(ContentType.JSON).body(proposal("MEMBERSHIP", "By hand", network.first()))
                .post("/api/v1/proposals").then().statusCode(422).body("errors.field", hasItem("kind"));
        as(null).get("/api/v1/proposals/987654321").then().statusCode(404);
    }

    @Test
    void eachOrganisationSpeaksOnceThroughItsOwnDelegationAndAnObjectionNeedsItsReason() {
        long id = open("GENERAL", "One voice each", network.first());
        as("member").contentType(ContentType.JSON).body(Map.of("stance", "AGREE"))
                .put("/api/v1/proposals/" + id + "/stances/" + network.second()).then().statusCode(403);
        as("person").contentType(ContentType.JSON).body(Map.of("stance", "AGREE"))
                .put("/api/v1/proposals/" + id + "/stances/" + network.first()).then().statusCode(403);
        as("member").contentType(ContentType.JSON).body(Map.of("stance", "OBJECT"))
                .put("/api/v1/proposals/" + id + "/stances/" + network.first()).then().statusCode(422)
                .body("errors.field", hasItem("reason"));
        stance("member", id, network.first(), "AGREE", null);
        stance("member", id, network.first(), "RESERVATIONS", "Fine, if we keep logs short");
        stance("delegate", id, network.second(), "OBJECT", "It needs a second maintainer");
        as(null).get("/api/v1/proposals/" + id).then().statusCode(200)
                .body("stances", hasSize(2))
                .body("stances.find { it.organisation == '" + network.first() + "' }.stance", equalTo("RESERVATIONS"))
                .body("stances.find { it.organisation == '" + network.first() + "' }.spokenBy", notNullValue())
                .body("objections", hasSize(1))
                .body("objections[0].organisation", equalTo(network.second()))
                .body("objections[0].state", equalTo("OPEN"))
                .body("tally.reasons", hasItem("objection-open"));
        // changing its stance withdraws the organisation's objection
        stance("delegate", id, network.second(), "STAND_ASIDE", null);
        as(null).get("/api/v1/proposals/" + id).then().body("objections[0].state", equalTo("WITHDRAWN"));
    }

    @Test
    void aRevisionKeepsEveryVersionAndMarksEarlierStancesStale() {
        long id = open("GENERAL", "Rotate the meeting time", network.first());
        stance("delegate", id, network.second(), "AGREE", null);
        as("delegate").contentType(ContentType.JSON).body(Map.of("text", "Only the author's delegation revises"))
                .put("/api/v1/proposals/" + id).then().statusCode(403);
        as("member").contentType(ContentType.JSON)
                .body(Map.of("text", "Rotate it every quarter.", "summary", "quarterly", "baseVersion", 1))
                .put("/api/v1/proposals/" + id).then().statusCode(200)
                .body("textVersion", equalTo(2))
                .body("versions", hasSize(2))
                .body("text", equalTo("Rotate it every quarter."))
                .body("stances[0].stale", equalTo(true))
                .body("tally.staleStances", equalTo(1));
        assertEquals(1L, askedToConfirm(id, network.second()), "the organisation is asked to confirm by e-mail");
        assertEquals(0L, askedToConfirm(id, network.third()), "one that took no stance is not");
        // a change from an older version is a conflict, not an overwrite
        as("member").contentType(ContentType.JSON).body(Map.of("text", "Rotate it monthly.", "baseVersion", 1))
                .put("/api/v1/proposals/" + id).then().statusCode(409);
        stance("delegate", id, network.second(), "AGREE", null);
        as(null).get("/api/v1/proposals/" + id).then().body("stances[0].stale", equalTo(false));
    }

    private static long askedToConfirm(long proposal, String organisation) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) ProposalEntity.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM governance.notice_sent WHERE key = :key")
                .setParameter("key", "revised:" + proposal + ":2:" + organisation).getSingleResult()).longValue());
    }

    @Test
    void anObjectionAddressedInWritingLetsTheFacilitatorDeclareRoughConsensusWithTheLedgerInTheLog() {
        long id = open("GENERAL", "Adopt a shared status page", network.third());
        stance("member", id, network.first(), "OBJECT", "Status pages leak our topology");
        stance("delegate", id, network.second(), "AGREE", null);
        stance("member", id, network.third(), "AGREE", null);
        long objection = ((Number) as(null).get("/api/v1/proposals/" + id).then().extract().path("objections[0].id"))
                .longValue();
        // consensus is refused while the objection is open; only the facilitator declares
        as("delegate").contentType(ContentType.JSON).body(Map.of("outcome", "CONSENSUS"))
                .post("/api/v1/proposals/" + id + "/close").then().statusCode(422)
                .body("detail", containsString("objection"));
        as("member").contentType(ContentType.JSON).body(Map.of("outcome", "NOT_ADOPTED", "rationale", "x"))
                .post("/api/v1/proposals/" + id + "/close").then().statusCode(403);
        // accommodating needs a changed text; addressing needs an answer
        as("delegate").contentType(ContentType.JSON).body(Map.of("state", "ACCOMMODATED"))
                .post("/api/v1/proposals/" + id + "/objections/" + objection).then().statusCode(422);
        as("delegate").contentType(ContentType.JSON).body(Map.of("state", "ADDRESSED"))
                .post("/api/v1/proposals/" + id + "/objections/" + objection).then().statusCode(422)
                .body("errors.field", hasItem("answer"));
        as("delegate").contentType(ContentType.JSON).body(Map.of("state", "ADDRESSED", "answer",
                "The page shows services, not hosts.", "minutesUrl", "/meetings/1"))
                .post("/api/v1/proposals/" + id + "/objections/" + objection).then().statusCode(200)
                .body("objections[0].state", equalTo("ADDRESSED"));
        as("delegate").contentType(ContentType.JSON).body(Map.of("outcome", "ROUGH_CONSENSUS"))
                .post("/api/v1/proposals/" + id + "/close").then().statusCode(422)
                .body("errors.field", hasItem("rationale"));
        as("delegate").contentType(ContentType.JSON).body(Map.of("outcome", "ROUGH_CONSENSUS", "rationale",
                "The objection was heard and answered; the rest of the network agrees.", "inTheRough",
                List.of(network.first())))
                .post("/api/v1/proposals/" + id + "/close").then().statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("outcome", equalTo("ROUGH_CONSENSUS"))
                .body("inTheRough", equalTo(List.of(network.first())))
                .body("appealUntil", notNullValue());
        as(null).get("/decisions.json?size=100").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.outcome", equalTo("ROUGH_CONSENSUS"))
                .body("items.find { it.id == " + id + " }.objections[0].state", equalTo("ADDRESSED"))
                .body("items.find { it.id == " + id + " }.objections[0].answer", containsString("services"))
                .body("items.find { it.id == " + id + " }.stances", hasSize(3))
                .body("items.find { it.id == " + id + " }.rules.minSupport", equalTo(2));
        as(null).get("/decisions.atom").then().statusCode(200)
                .body(containsString("/decisions/proposals/" + id)).body(containsString("rough consensus"));
        // a closed proposal takes no more stances
        as("member").contentType(ContentType.JSON).body(Map.of("stance", "AGREE"))
                .put("/api/v1/proposals/" + id + "/stances/" + network.first()).then().statusCode(409);
    }

    @Test
    void aMemberOrganisationAppealsRoughConsensusWithinTheWindowWhichReopensIt() {
        long id = roughConsensus("Appealed in time");
        as("delegate").contentType(ContentType.JSON).body(Map.of("organisation", network.second(), "reason", " "))
                .post("/api/v1/proposals/" + id + "/appeals").then().statusCode(422);
        as("delegate").contentType(ContentType.JSON)
                .body(Map.of("organisation", network.second(), "reason", "The answer came after the meeting"))
                .post("/api/v1/proposals/" + id + "/appeals").then().statusCode(200)
                .body("state", equalTo("OPEN")).body("outcome", nullValue()).body("appeals", hasSize(1));

        long late = roughConsensus("Appealed too late");
        MovableClock.advance(Duration.ofDays(15));
        as("delegate").contentType(ContentType.JSON)
                .body(Map.of("organisation", network.second(), "reason", "Too late"))
                .post("/api/v1/proposals/" + late + "/appeals").then().statusCode(422);
    }

    private long roughConsensus(String title) {
        long id = open("GENERAL", title, network.third());
        stance("member", id, network.first(), "OBJECT", "Not convinced");
        stance("delegate", id, network.second(), "AGREE", null);
        stance("member", id, network.third(), "AGREE", null);
        long objection = ((Number) as(null).get("/api/v1/proposals/" + id).then().extract().path("objections[0].id"))
                .longValue();
        as("delegate").contentType(ContentType.JSON).body(Map.of("state", "ADDRESSED", "answer", "Answered"))
                .post("/api/v1/proposals/" + id + "/objections/" + objection).then().statusCode(200);
        as("delegate").contentType(ContentType.JSON).body(Map.of("outcome", "ROUGH_CONSENSUS", "rationale",
                "Heard and answered", "inTheRough", List.of(network.first())))
                .post("/api/v1/proposals/" + id + "/close").then().statusCode(200);
        return id;
    }

    @Test
    void aProposalReadAfterItsClosingDateIsClosedWithItsOutcomeThoughNoJobRan() {
        long id = open("GENERAL", "Closes by itself", network.first());
        stance("member", id, network.first(), "AGREE", null);
        stance("delegate", id, network.second(), "AGREE", null);
        long failing = open("GENERAL", "Not enough support", network.first());
        stance("member", id, network.third(), "ABSTAIN", null);
        MovableClock.advance(Duration.ofDays(8));
        as(null).get("/api/v1/proposals/" + id).then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("outcome", equalTo("CONSENSUS"))
                .body("closedBy", equalTo("platform"));
        as(null).get("/api/v1/proposals/" + failing).then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("outcome", equalTo("NOT_ADOPTED"))
                .body("tally.reasons", hasItem("support-too-low"));
    }

    @Test
    void theOpeningOrganisationWithdrawsItsProposal() {
        long id = open("GENERAL", "Withdrawn idea", network.first());
        as("delegate").contentType(ContentType.JSON).body(Map.of("outcome", "WITHDRAWN"))
                .post("/api/v1/proposals/" + id + "/close").then().statusCode(403);
        as("member").contentType(ContentType.JSON).body(Map.of("outcome", "WITHDRAWN"))
                .post("/api/v1/proposals/" + id + "/close").then().statusCode(200)
                .body("state", equalTo("WITHDRAWN")).body("outcome", equalTo("WITHDRAWN"));
        as(null).get("/api/v1/proposals?state=WITHDRAWN&size=100").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        as(null).get("/api/v1/proposals?state=SOMETIMES").then().statusCode(422);
    }

    @Test
    void aPressReleaseIsInTheNewsFeedOnlyOnceAdopted() {
        long id = open("PRESS_RELEASE", "Librehosters welcome a new member", network.first());
        as(null).get("/news.atom").then().statusCode(200)
                .body(not(containsString("Librehosters welcome a new member")));
        stance("member", id, network.first(), "AGREE", null);
        stance("delegate", id, network.second(), "AGREE", null);
        as(null).get("/news.atom").then().body(not(containsString("Librehosters welcome a new member")));
        as("delegate").contentType(ContentType.JSON).body(Map.of("outcome", "CONSENSUS"))
                .post("/api/v1/proposals/" + id + "/close").then().statusCode(200)
                .body("outcome", equalTo("CONSENSUS")).body("effectiveAt", notNullValue());
        as(null).get("/news.atom").then().statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .body(containsString("Librehosters welcome a new member"));
    }
}
