package st.libreho.governance;

import java.time.Instant;

/**
 * An application to join, with its membership proposal (discussion, stances, revisions, outcome).
 *
 * @param reviewEndsAt when the review period ends; it is accepted only afterwards
 * @param discussedAtMeeting whether a meeting held after it opened had it on its agenda
 * @param welcomeTitle for an accepted application, the title offered for the welcome press release, in English for
 *        the API's clients (the application's page offers it in the reader's language)
 * @param welcomeText for an accepted application, the text offered for it (Markdown, in English likewise)
 */
public record ApplicationView(long id, String organisation, String organisationName, ApplicationState state,
        String submittedBy, Instant submittedAt, Instant reviewEndsAt, boolean discussedAtMeeting,
        ProposalView proposal, String welcomeTitle, String welcomeText) {
}
