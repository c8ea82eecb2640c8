package st.libreho.directory;

/** Where an organisation stands towards the network. Only the directory facade changes it. */
public enum OrganisationStatus {
    APPLICANT, MEMBER, LEAVING, FORMER_MEMBER
}
