/**
 * The governance module's decision rules, pure: they read a {@link st.libreho.governance.internal.decisions.Situation}
 * (the proposal's frozen rules, who may count, the stances and the objection ledger, and the time passed in) and
 * answer with a {@link st.libreho.governance.internal.decisions.Tally} and
 * {@link st.libreho.governance.internal.decisions.Verdict}s. No database, no CDI, no clock: whoever calls them
 * loads the situation and stores what follows, so every rule can be tested on its own.
 */
package st.libreho.governance.internal.decisions;
