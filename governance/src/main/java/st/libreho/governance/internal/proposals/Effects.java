package st.libreho.governance.internal.proposals;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationStatus;
import st.libreho.governance.DepartureReason;
import st.libreho.governance.internal.care.CareTeam;
import st.libreho.governance.internal.departures.Departures;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.SaveResult;
import st.libreho.platform.Actor;
import st.libreho.platform.web.cache.PublicContent;

/**
 * What an adopted decision does, once it takes effect (consensus at once, rough consensus when its appeal window
 * ends): an applicant becomes a member, an excluded member a former member, a charter revision current, a care team
 * named, a press release published. Each proposal's effects apply once ({@code effects_applied}).
 */
@ApplicationScoped
public class Effects {

    private static final Logger LOG = Logger.getLogger(Effects.class);

    private final Directory directory;
    private final KnowledgeBase knowledgeBase;
    private final PublicContent publicContent;
    private final Departures departures;
    private final CareTeam careTeam;

    public Effects(Directory directory, KnowledgeBase knowledgeBase, PublicContent publicContent,
            Departures departures, CareTeam careTeam) {
        this.careTeam = careTeam;
        this.departures = departures;
        this.directory = directory;
        this.knowledgeBase = knowledgeBase;
        this.publicContent = publicContent;
    }

    /** Applies the proposal's effects if it is adopted, due and not applied yet; whether it did. */
    public boolean applyIfDue(ProposalEntity proposal, Instant now) {
        Instant effectiveAt = proposal.effectiveAt();
        if (proposal.effectsApplied != null || effectiveAt == null || effectiveAt.isAfter(now)) {
            return false;
        }
        switch (proposal.kind) {
            case MEMBERSHIP -> directory.changeStatus(proposal.concerned, OrganisationStatus.MEMBER, Actor.platform());
            case EXCLUSION -> departures.decided(proposal.concerned, DepartureReason.BREACH_OF_COMMITMENTS,
                    proposal.id);
            case END_OF_SERVICES -> departures.decided(proposal.concerned, DepartureReason.END_OF_SERVICES,
                    proposal.id);
            case CHARTER_CHANGE -> adoptCharter(proposal);
            case CARE_TEAM -> careTeam.name(proposal.careTeamList(), proposal.id);
            case GENERAL, PRESS_RELEASE -> {
                // adopted text only: the decision log and, for a press release, the news show it from now on
            }
        }
        proposal.effectsApplied = now;
        publicContent.changed();
        return true;
    }

    private void adoptCharter(ProposalEntity proposal) {
        SaveResult result = knowledgeBase.adoptCharterRevision(proposal.charterPath, proposal.charterRevision,
                "/decisions/proposals/" + proposal.id);
        if (result.isConflict()) {
            // the page moved in a way that overlaps the approved revision: the decision stands, the page waits for a
            // member to resolve it (the knowledge base keeps the proposal)
            LOG.warnf("Decision %d approved a charter revision of %s that no longer merges", proposal.id,
                    proposal.charterPath);
        }
    }
}
