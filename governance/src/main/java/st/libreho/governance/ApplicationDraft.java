package st.libreho.governance;

import st.libreho.directory.OrganisationDetails;

/**
 * What a person fills in to apply for an organisation: its directory entry (checked by the directory, completed later
 * with its services and commitment statements on the directory's own pages) and a motivation in Markdown, which
 * becomes the text of the membership proposal.
 *
 * @param slug the organisation's address in the directory
 */
public record ApplicationDraft(String slug, OrganisationDetails organisation, String motivation) {
}
