package st.libreho.directory;

/** Where an organisation says it stands on a commitment of the CPP. */
public enum StatementState {
    MEETS, WORKING_ON_IT, NOT_APPLICABLE
}
