package st.libreho.kb;

/** What made a revision. */
public enum RevisionKind {
    /** The page's first revision. */
    CREATED,
    /** A save of the page's text or details. */
    EDITED,
    /** The text of an earlier revision, saved again. */
    REVERTED,
    /** The page moved to another path; its text is unchanged. */
    MOVED,
    /** A proposed revision of a governed (charter) page, made current by an adopted decision. */
    ADOPTED
}
