package st.libreho.governance;

/**
 * How a proposal may be adopted, frozen on it when it opens: by consensus only, or also by rough consensus in the
 * sense of RFC 7282 when the facilitator declares it (the CPP: "in case no consensus can be reached, we aim for rough
 * consensus").
 */
public enum DecisionMode {
    CONSENSUS, ROUGH_CONSENSUS
}
