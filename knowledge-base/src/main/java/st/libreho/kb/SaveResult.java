package st.libreho.kb;

/**
 * The answer to a save or a revert.
 *
 * @param saved the page's current revision after the save (the one it made, or for {@link SaveOutcome#UNCHANGED} the
 *        one that already read so); null on a conflict
 * @param conflict what could not be merged; null unless the outcome is {@link SaveOutcome#CONFLICT}
 */
public record SaveResult(SaveOutcome outcome, PageRevision saved, PageConflict conflict) {

    public boolean isConflict() {
        return outcome == SaveOutcome.CONFLICT;
    }

    public boolean isMerged() {
        return outcome == SaveOutcome.MERGED;
    }
}
