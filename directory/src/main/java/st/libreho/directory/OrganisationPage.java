package st.libreho.directory;

/**
 * What an organisation's public page shows, read at once: its profile, whether the platform holds its logo, and
 * whether the reader may manage it (a delegate of it, or an operator).
 */
public record OrganisationPage(OrganisationProfile profile, boolean hasLogo, boolean readerMayManage) {
}
