package st.libreho.governance;

/**
 * What an organisation may choose to hear of by e-mail. Every topic is on for an organisation until a delegate turns
 * it off (governance.notification_choice holds only the choices made).
 */
public enum NoticeTopic {
    /** An organisation applied to join. */
    NEW_APPLICATION,
    /** A meeting's agenda was published. */
    AGENDA_PUBLISHED,
    /** A proposal opened for stances (an application's membership proposal is told of as a new application). */
    PROPOSAL_OPENED,
    /** A proposal closes soon and the organisation has not taken a stance on it. */
    CLOSING_SOON,
    /** A proposal closed with an outcome. */
    OUTCOME,
    /** The delegation of an organisation changed (the CPP asks members to tell the network of a replacement). */
    DELEGATION_CHANGED
}
