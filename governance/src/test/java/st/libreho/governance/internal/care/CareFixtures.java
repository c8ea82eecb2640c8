package st.libreho.governance.internal.care;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import st.libreho.platform.Actor;

/**
 * The care team as a test needs it, and back as it was. The database is shared by every test class of a run, so a
 * test names the team it needs and restores the one it found.
 */
@ApplicationScoped
public class CareFixtures {

    public static final Actor MEMBER = new Actor("member", "Mia Member", "member@example.com", true, false);
    public static final Actor DELEGATE = new Actor("delegate", "Dee Delegate", "delegate@example.com", true, false);
    public static final Actor PERSON = new Actor("person", "Pat Person", "person@example.com", true, false);
    public static final Actor OPERATOR = new Actor("operator", "Olu Operator", "operator@example.com", true, true);

    /** A care-team member as it was, to put back. */
    public record Saved(String email, String name, Long namedBy, Instant namedAt) {
    }

    /** Replaces the care team by these addresses (none: no team); returns the team it found. */
    @Transactional
    public List<Saved> nameTeam(List<String> emails) {
        List<Saved> found = CareTeamMemberEntity.<CareTeamMemberEntity> listAll().stream()
                .map(m -> new Saved(m.email, m.name, m.namedBy, m.namedAt)).toList();
        // the bulk delete leaves the rows just read in the session, where a new one with the same address would clash
        CareTeamMemberEntity.getEntityManager().clear();
        CareTeamMemberEntity.deleteAll();
        for (String email : emails) {
            CareTeamMemberEntity member = new CareTeamMemberEntity();
            member.email = email;
            member.namedAt = Instant.now();
            member.persist();
        }
        return found;
    }

    @Transactional
    public void restore(List<Saved> team) {
        CareTeamMemberEntity.deleteAll();
        for (Saved saved : team) {
            CareTeamMemberEntity member = new CareTeamMemberEntity();
            member.email = saved.email();
            member.name = saved.name();
            member.namedBy = saved.namedBy();
            member.namedAt = saved.namedAt();
            member.persist();
        }
    }
}
