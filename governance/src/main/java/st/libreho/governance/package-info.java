/**
 * The governance module: applications, meetings, proposals and decisions, press releases and departures. Its public facade lives in this package; everything else goes under
 * {@code st.libreho.governance.internal}. It owns the PostgreSQL schema "governance" and its Flyway migrations under
 * {@code db/migration/governance}.
 */
package st.libreho.governance;
