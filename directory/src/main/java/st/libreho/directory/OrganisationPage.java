package st.libreho.directory;

/**
 * What an organisation's public page shows, read at once: its profile, whether the platform holds its logo, and
 * whether the reader may manage it (a delegate of it, or an operator), and what the platform observed of it.
 */
public record OrganisationPage(OrganisationProfile profile, boolean hasLogo, boolean readerMayManage,
        OrganisationObservations observations) {

    public OrganisationPage(OrganisationProfile profile, boolean hasLogo, boolean readerMayManage) {
        this(profile, hasLogo, readerMayManage, null);
    }

    /** The same page with what the platform observed of the organisation. */
    public OrganisationPage withObservations(OrganisationObservations observations) {
        return new OrganisationPage(profile, hasLogo, readerMayManage, observations);
    }
}
