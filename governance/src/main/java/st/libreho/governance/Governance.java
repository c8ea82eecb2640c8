package st.libreho.governance;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The governance module's facade: proposals and decisions, applications to join, meetings, press releases,
 * departures, the care team and incident reports, and the notices they send. Pages and the API call it with the
 * {@link st.libreho.platform.Actor} asking; it decides who may do what.
 */
@ApplicationScoped
public class Governance {

    // --- proposals and decisions --------------------------------------------------------------------------

    // --- applications -------------------------------------------------------------------------------------

    // --- meetings -----------------------------------------------------------------------------------------

    // --- notices ------------------------------------------------------------------------------------------

    // --- care team and incidents --------------------------------------------------------------------------
}
