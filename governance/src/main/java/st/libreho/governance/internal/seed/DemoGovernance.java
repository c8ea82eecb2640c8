package st.libreho.governance.internal.seed;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import st.libreho.directory.LegalStructure;
import st.libreho.directory.OrganisationDetails;
import st.libreho.governance.ApplicationDraft;
import st.libreho.governance.ApplicationView;
import st.libreho.governance.Governance;
import st.libreho.governance.MeetingDraft;
import st.libreho.governance.MeetingView;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalDraft;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.ProposalView;
import st.libreho.governance.Stance;
import st.libreho.platform.Actor;

/**
 * Demo governance for dev mode only, so that the decision log, the news, the meetings and the applications show
 * something on a fresh database: a past meeting with minutes and attendance, an adopted press release, an open
 * proposal with an objection in its ledger, an application under review and the next meeting with its agenda
 * published. Through the facade, as the demo people (delegate@example.com speaks for LibreOps and facilitates,
 * member@example.com for Snopyta, person@example.com applies), after the directory's demo organisations exist (a
 * later priority than the shell's demo data and the registry's) and only while no proposal exists. The clock does not
 * move in dev: "past" decisions are closed now, by the facilitator's declaration.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoGovernance {

    private static final Logger LOG = Logger.getLogger(DemoGovernance.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String LINK = "https://meet.example.org/librehosters";
    private static final String FACILITATOR = "delegate@example.com";

    // the dev sign-in's users as it gives them (subject, name, unverified address: dev mode trusts it), with the
    // addresses the directory's demo put in the delegations
    static final Actor DELEGATE = new Actor("delegate", "Delegate", FACILITATOR, false, false);
    static final Actor MEMBER = new Actor("member", "Member", "member@example.com", false, false);
    static final Actor PERSON = new Actor("person", "Person", "person@example.com", false, false);

    private final Governance governance;
    private final Clock clock;

    public DemoGovernance(Governance governance, Clock clock) {
        this.governance = governance;
        this.clock = clock;
    }

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 1100) StartupEvent event) {
        if (governance.proposals(null, null, 1, 1).total() > 0) {
            return;
        }
        if (!governance.mayTakePartInMeetings(DELEGATE) || !governance.mayTakePartInMeetings(MEMBER)) {
            LOG.info("No demo governance: delegate@example.com and member@example.com speak for no member "
                    + "organisation (the directory was not seeded by the demo)");
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(PARIS));

        MeetingView past = governance.createMeeting(new MeetingDraft(
                at(firstThursday(today.minusMonths(1))), PARIS.getId(), 90, LINK, FACILITATOR, "member@example.com"),
                DELEGATE);
        governance.addAgendaItem(past.id(), "Round of news", "Each member says in a few words what changed.",
                DELEGATE);
        governance.recordAttendance(past.id(), List.of("libreops", "snopyta", "allmende"), DELEGATE);
        MeetingView attended = governance.meeting(past.id()).orElseThrow();
        governance.writeMinutes(past.id(), """
                ## Present

                LibreOps, Snopyta, Allmende. Facilitator: delegate@example.com; notes: member@example.com.

                ## Round of news

                - LibreOps moved its mail server to new hardware.
                - Snopyta opened Nextcloud registrations on request.

                ## Decisions to prepare

                - A press release announcing the directory: LibreOps drafts it as a proposal.
                - Meetings move to the first Thursday of the month, 18:00 Paris time: Snopyta will look at it.
                """, attended.version(), MEMBER);

        ProposalView press = governance.open(ProposalDraft.general(ProposalKind.PRESS_RELEASE,
                "The librehosters directory is online",
                """
                        The librehosters network now publishes its directory of member organisations, with their
                        services and how each meets the network's commitments: free software, free encryption, an
                        honest economic model.

                        Everyone can look for a host that shares their values, and every member can replicate the
                        others' service configurations from the infra registry.
                        """, null, FACILITATOR), DELEGATE);
        governance.takeStance(press.id(), "libreops", Stance.AGREE, null, DELEGATE);
        governance.takeStance(press.id(), "snopyta", Stance.AGREE, "Good to go.", MEMBER);
        governance.close(press.id(), Outcome.CONSENSUS, "LibreOps and Snopyta agree, nobody objected.", Set.of(),
                DELEGATE);

        ProposalView open = governance.open(ProposalDraft.general(ProposalKind.GENERAL,
                "Hold the monthly meeting on the first Thursday at 18:00",
                """
                        The monthly meeting is held on the **first Thursday** of each month at **18:00 Paris time**,
                        online, for 90 minutes. The agenda is published a week before.
                        """, clock.instant().plus(14, ChronoUnit.DAYS), FACILITATOR), DELEGATE);
        governance.takeStance(open.id(), "libreops", Stance.AGREE, null, DELEGATE);
        governance.takeStance(open.id(), "snopyta", Stance.OBJECT,
                "18:00 Paris time is too early for our volunteers who work until 18:00; 19:00 would let them attend.",
                MEMBER);
        governance.comment(open.id(), "We could alternate between 18:00 and 19:00. Would that meet the objection?",
                DELEGATE);

        ApplicationView application = governance.apply(new ApplicationDraft("tuxcoop", new OrganisationDetails(
                "TuxCoop", "A small hosting cooperative run by its users", null, LegalStructure.CO_OPERATIVE, 2021,
                "FR", null, List.of("fr", "en"), null, "https://tuxcoop.example.org", null, null, null, null, null,
                null, null),
                """
                        TuxCoop is a cooperative of about forty people hosting mail, pads and file sharing for
                        associations in Lyon, on free software only, financed by its members' fees.

                        We would like to join to share our Ansible roles and learn from the other members.
                        """), PERSON);
        governance.comment(application.proposal().id(),
                "Welcome! Could you add your services and commitment statements to your directory entry?", MEMBER);

        MeetingView next = governance.createMeeting(new MeetingDraft(at(firstThursday(today.plusMonths(1))),
                PARIS.getId(), 90, LINK, FACILITATOR, null), DELEGATE);
        governance.addAgendaItem(next.id(), "Approve the minutes of the last meeting", null, DELEGATE);
        governance.addAgendaItem(next.id(), "Open floor", "Anything a member wants to raise.", MEMBER);
        governance.publishAgenda(next.id(), DELEGATE);

        LOG.infof("Added the demo governance: meetings %d (past, minutes) and %d (next), press release %d adopted, "
                + "proposal %d open with an objection, application %d of tuxcoop by person@example.com", past.id(),
                next.id(), press.id(), open.id(), application.id());
    }

    private static LocalDate firstThursday(LocalDate inMonth) {
        return inMonth.with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));
    }

    private static String at(LocalDate day) {
        return LocalDateTime.of(day, LocalTime.of(18, 0)).toString();
    }
}
