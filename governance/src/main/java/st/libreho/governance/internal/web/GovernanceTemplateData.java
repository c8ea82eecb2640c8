package st.libreho.governance.internal.web;

import io.quarkus.qute.TemplateData;
import st.libreho.directory.OrganisationMembership;
import st.libreho.governance.AppealView;
import st.libreho.governance.CommentView;
import st.libreho.governance.FrozenRules;
import st.libreho.governance.ObjectionView;
import st.libreho.governance.ProposalSummary;
import st.libreho.governance.ProposalView;
import st.libreho.governance.StanceView;
import st.libreho.governance.Tally;
import st.libreho.governance.TextVersion;

/**
 * The facade's records that the templates read: Qute generates their value resolvers here, rather than the facade's
 * records carrying a template engine's annotation.
 */
@TemplateData(target = ProposalView.class)
@TemplateData(target = ProposalSummary.class)
@TemplateData(target = FrozenRules.class)
@TemplateData(target = Tally.class)
@TemplateData(target = StanceView.class)
@TemplateData(target = ObjectionView.class)
@TemplateData(target = CommentView.class)
@TemplateData(target = AppealView.class)
@TemplateData(target = TextVersion.class)
@TemplateData(target = OrganisationMembership.class)
final class GovernanceTemplateData {

    private GovernanceTemplateData() {
    }
}
