package st.libreho.governance;

/**
 * An operator tried to name the care team when one is named already: from then on only an adopted care-team proposal
 * changes it. Answered 409.
 */
public class CareTeamNamedException extends RuntimeException {

    public CareTeamNamedException() {
        super("The care team is named already: only an adopted care-team proposal changes it.");
    }
}
