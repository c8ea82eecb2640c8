package st.libreho.governance;

import java.time.Instant;

/**
 * A person of the care team, who reads the incident reports.
 *
 * @param name the name the care-team proposal gave, or null
 * @param namedBy the adopted care-team proposal that named them, or null when an operator named the first team
 */
public record CareTeamMemberView(String email, String name, Long namedBy, Instant namedAt) {
}
