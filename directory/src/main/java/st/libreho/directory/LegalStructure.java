package st.libreho.directory;

/** The legal forms the CPP names for a librehoster ("Structures of the Members"). */
public enum LegalStructure {
    INDIVIDUAL, INFORMAL_COLLECTIVE, NON_PROFIT, CO_OPERATIVE, BUSINESS, OTHER
}
