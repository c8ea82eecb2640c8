package st.libreho.governance;

/** Where an application to join stands; it follows its membership proposal. */
public enum ApplicationState {
    UNDER_REVIEW, ACCEPTED, DECLINED, WITHDRAWN
}
