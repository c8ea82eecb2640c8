package st.libreho.kb;

/** What became of a save. */
public enum SaveOutcome {
    /** A new page, at revision 1. */
    CREATED,
    /** A new revision of the page, started from its current revision. */
    SAVED,
    /** The page changed since the person started; their changes and the others' were merged into a new revision. */
    MERGED,
    /** The page already reads as the person wants it: no revision was made. */
    UNCHANGED,
    /** The page changed since the person started, and the changes overlap: nothing was saved. */
    CONFLICT
}
