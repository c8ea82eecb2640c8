package st.libreho.governance.internal.proposals;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.governance.GovernanceFixtures.as;
import static st.libreho.governance.GovernanceFixtures.stance;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import st.libreho.directory.Directory;
import st.libreho.governance.Governance;
import st.libreho.governance.GovernanceFixtures;
import st.libreho.governance.GovernanceFixtures.Network;
import st.libreho.governance.internal.care.CareFixtures;
import st.libreho.kb.CharterProposal;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.PageEdit;
import st.libreho.kb.PageView;

/**
 * What adopted decisions do beyond the log: a charter change makes the knowledge base's proposed revision current
 * (and only an adopted one does), a care-team decision names the care team.
 */
@QuarkusTest
class AdoptedDecisionsTakeEffectTest {

    static final String CPP = "charter/cpp";

    @Inject
    Directory directory;

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    Governance governance;

    @Inject
    CareFixtures care;

    @Inject
    MockMailbox mailbox;

    private Network network;

    @BeforeEach
    void aNetwork() {
        network = GovernanceFixtures.network(directory);
    }

    private long adopt(Map<String, Object> proposal) {
        long id = ((Number) as("member").contentType(ContentType.JSON).body(proposal).post("/api/v1/proposals")
                .then().statusCode(201).extract().path("id")).longValue();
        stance("member", id, network.first(), "AGREE", null);
        stance("delegate", id, network.second(), "AGREE", null);
        as("delegate").contentType(ContentType.JSON).body(Map.of("outcome", "CONSENSUS"))
                .post("/api/v1/proposals/" + id + "/close").then().statusCode(200)
                .body("outcome", equalTo("CONSENSUS"));
        return id;
    }

    @Test
    void anAdoptedCharterChangeMakesTheProposedRevisionCurrent() {
        PageView cpp = knowledgeBase.page(CPP, null).orElseThrow();
        String added = "Members answer an application within two months.";
        CharterProposal revision = knowledgeBase.proposeCharterRevision(CPP, new PageEdit(cpp.title(),
                cpp.markdown() + "\n\n" + added + "\n", cpp.language(), cpp.visibility(), "answer applications",
                cpp.tags()), cpp.revision(), GovernanceFixtures.MEMBER);

        Map<String, Object> unknown = GovernanceFixtures.proposal("CHARTER_CHANGE", "Unknown revision",
                network.first());
        unknown.put("charterPath", CPP);
        unknown.put("charterRevision", 987654321L);
        as("member").contentType(ContentType.JSON).body(unknown).post("/api/v1/proposals").then().statusCode(422)
                .body("errors.field", hasItem("charterRevision"));

        Map<String, Object> change = GovernanceFixtures.proposal("CHARTER_CHANGE", "Answer applications in time",
                network.first());
        change.put("charterPath", CPP);
        change.put("charterRevision", revision.id());
        assertTrue(!knowledgeBase.page(CPP, null).orElseThrow().markdown().contains(added),
                "not current while only proposed");
        long id = adopt(change);

        PageView adopted = knowledgeBase.page(CPP, null).orElseThrow();
        assertTrue(adopted.markdown().contains(added), "current once adopted");
        assertEquals(cpp.revision() + 1, adopted.revision());
        as(null).get("/api/v1/proposals/" + id).then().body("effectiveAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void anAdoptedCareTeamDecisionNamesTheCareTeam() {
        List<CareFixtures.Saved> before = care.nameTeam(List.of("person@example.com"));
        try {
            Map<String, Object> team = GovernanceFixtures.proposal("CARE_TEAM", "A care team of two",
                    network.first());
            team.put("careTeam", List.of("member@example.com", "Delegate@Example.com"));
            adopt(team);
            assertTrue(governance.isInCareTeam(GovernanceFixtures.DELEGATE), "named");
            assertTrue(governance.isInCareTeam(GovernanceFixtures.MEMBER), "named");
            assertTrue(!governance.isInCareTeam(GovernanceFixtures.PERSON), "replaced");
        } finally {
            care.restore(before);
        }
    }
}
