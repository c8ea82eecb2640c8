package st.libreho.governance.internal.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.entry;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;
import static st.libreho.governance.internal.notices.NoticeFixtures.awaitMails;
import static st.libreho.governance.internal.notices.NoticeFixtures.awaitSent;
import static st.libreho.governance.internal.notices.NoticeFixtures.keys;
import static st.libreho.governance.internal.notices.NoticeFixtures.mails;
import static st.libreho.governance.internal.notices.NoticeFixtures.memberOrganisation;
import static st.libreho.governance.internal.notices.NoticeFixtures.turnOff;
import static st.libreho.governance.internal.notices.NoticeFixtures.uniqueId;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.governance.AgendaPublished;
import st.libreho.governance.ApplicationSubmitted;
import st.libreho.governance.DecisionTaken;
import st.libreho.governance.NoticeTopic;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.ProposalOpened;
import st.libreho.governance.internal.notices.NoticeFixtures.Org;
import st.libreho.platform.Actor;

/**
 * Each topic reaches every member organisation that receives it, at all its addresses, in one bilingual message with
 * the link to what it tells of; an organisation that turned a topic off hears nothing of it; an applicant hears the
 * outcome of its own application, and nothing else.
 */
@QuarkusTest
class NoticeTopicsTest {

    @Inject
    Directory directory;

    @Inject
    Notices notices;

    @Inject
    NoticeOutbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    MockMailbox mailbox;

    @Inject
    Event<ApplicationSubmitted> applicationSubmitted;

    @Inject
    Event<AgendaPublished> agendaPublished;

    @Inject
    Event<ProposalOpened> proposalOpened;

    @Inject
    Event<DecisionTaken> decisionTaken;

    private Org all;
    private Org quiet;
    private String second;
    private String applicant;
    private String applicantAddress;

    @BeforeEach
    void organisations() {
        all = memberOrganisation(directory, "all");
        second = NoticeFixtures.address("second");
        directory.addDelegate(all.slug(), second, Actor.platform());
        // quiet hears of delegations only
        quiet = memberOrganisation(directory, "quiet");
        turnOff(notices, quiet.slug(), NoticeTopic.NEW_APPLICATION, NoticeTopic.AGENDA_PUBLISHED,
                NoticeTopic.PROPOSAL_OPENED, NoticeTopic.CLOSING_SOON, NoticeTopic.OUTCOME);
        applicant = uniqueSlug("applicant");
        applicantAddress = NoticeFixtures.address("applicant");
        directory.createApplicant(applicant, entry("Applicant " + applicant, "FR", applicantAddress, "fr"),
                Actor.platform());
    }

    @Test
    void aNewApplicationReachesEveryAddressOfTheMembersThatChoseIt() throws Exception {
        long id = uniqueId();
        String name = "Coopérative " + applicant;
        fire(() -> applicationSubmitted.fire(new ApplicationSubmitted(id, id + 1, applicant, name, Instant.now())));

        List<Mail> received = awaitMails(mailbox, all.address(), name, 1);
        assertEquals(1, received.size(), "one message for the organisation");
        Mail mail = received.get(0);
        assertEquals(Set.of(all.address(), second), Set.copyOf(mail.getTo()), "to its delegation and contact");
        assertEquals("New application: " + name + " / Nouvelle candidature : " + name, mail.getSubject());
        String text = mail.getText();
        assertTrue(text.indexOf("In English") < text.indexOf("En français"), text);
        assertTrue(text.contains(name + " applied to join the network."), text);
        assertTrue(text.contains(name + " demande à rejoindre le réseau."), text);
        assertTrue(text.contains("http://localhost:8080/decisions/proposals/" + (id + 1)), text);
        assertTrue(text.contains("http://localhost:8080/governance/notices/" + all.slug()), "where to choose");
        awaitSent(entityManager, outbox, "application:" + id + ":");
        assertEquals(List.of(), mails(mailbox, quiet.address(), name), "quiet turned applications off");
        assertEquals(List.of(), mails(mailbox, applicantAddress, name), "an applicant is not a member");
    }

    @Test
    void aPublishedAgendaSaysWhenInTheMeetingsTimeZoneAndLinksTheMeeting() throws Exception {
        long meeting = uniqueId();
        fire(() -> agendaPublished.fire(new AgendaPublished(meeting, Instant.parse("2027-03-04T17:00:00Z"),
                "Europe/Paris", "https://visio.example.org/network")));

        List<Mail> received = awaitMails(mailbox, all.address(), "4 March 2027", 1);
        List<Mail> mine = received.stream().filter(m -> m.getText().contains("/meetings/" + meeting)).toList();
        assertEquals(1, mine.size(), received.toString());
        Mail mail = mine.get(0);
        assertEquals("Meeting of 4 March 2027 at 18:00 (Europe/Paris): agenda / Réunion du 4 mars 2027 à 18h00 "
                + "(Europe/Paris) : ordre du jour", mail.getSubject());
        assertTrue(mail.getText().contains("https://visio.example.org/network"), mail.getText());
        awaitSent(entityManager, outbox, "agenda:" + meeting + ":");
        assertEquals(List.of(), keys(entityManager, "agenda:" + meeting + ":" + quiet.slug()));
    }

    @Test
    void anOpenedProposalReachesTheMembersButAnApplicationsProposalIsToldAsTheApplication() throws Exception {
        long general = uniqueId();
        long membership = uniqueId();
        String title = "Adopt a shared status page & <monitoring> " + general;
        fire(() -> {
            proposalOpened.fire(new ProposalOpened(general, ProposalKind.GENERAL, title,
                    Instant.parse("2027-01-15T12:00:00Z"), null));
            proposalOpened.fire(new ProposalOpened(membership, ProposalKind.MEMBERSHIP, "Welcome " + membership,
                    Instant.parse("2027-01-15T12:00:00Z"), applicant));
        });

        List<Mail> received = awaitMails(mailbox, all.address(), title, 1);
        assertEquals(1, received.size());
        assertEquals("New proposal: " + title + " / Nouvelle proposition : " + title, received.get(0).getSubject(),
                "plain text: nothing escaped");
        String text = received.get(0).getText();
        assertTrue(text.contains("until 15 January 2027 at 12:00 (UTC): \"" + title + "\"."), text);
        assertTrue(text.contains("jusqu'au 15 janvier 2027 à 12h00 (UTC) : « " + title + " »."), text);
        awaitSent(entityManager, outbox, "opened:" + general + ":");
        assertEquals(List.of(), mails(mailbox, quiet.address(), title));
        assertEquals(List.of(), keys(entityManager, "opened:" + membership + ":"));
    }

    @Test
    void anOutcomeReachesTheMembersAndTheApplicantOfItsOwnApplication() throws Exception {
        long proposal = uniqueId();
        String title = "Membership of " + applicant;
        fire(() -> decisionTaken.fire(new DecisionTaken(proposal, ProposalKind.MEMBERSHIP, title,
                Outcome.CONSENSUS, Instant.now(), applicant)));

        Mail toMember = awaitMails(mailbox, all.address(), title, 1).get(0);
        Mail toApplicant = awaitMails(mailbox, applicantAddress, title, 1).get(0);
        assertEquals("Decided: " + title + " / Décision : " + title, toMember.getSubject());
        assertTrue(toMember.getText().contains("closed: adopted by consensus."), toMember.getText());
        assertTrue(toMember.getText().contains("est close : adoptée par consensus."), toMember.getText());
        assertEquals(List.of(applicantAddress), toApplicant.getTo());
        awaitSent(entityManager, outbox, "outcome:" + proposal + ":");
        assertEquals(List.of(), mails(mailbox, quiet.address(), title));
        assertEquals(1, mails(mailbox, all.address(), title).size());
    }

    @Test
    void anotherOrganisationsOutcomeDoesNotReachAnApplicant() throws Exception {
        long proposal = uniqueId();
        String title = "Exclusion " + proposal;
        fire(() -> decisionTaken.fire(new DecisionTaken(proposal, ProposalKind.EXCLUSION, title,
                Outcome.NOT_ADOPTED, Instant.now(), all.slug())));

        Mail mail = awaitMails(mailbox, all.address(), title, 1).get(0);
        assertTrue(mail.getText().contains("closed: not adopted."), mail.getText());
        awaitSent(entityManager, outbox, "outcome:" + proposal + ":");
        assertEquals(List.of(), keys(entityManager, "outcome:" + proposal + ":" + applicant));
    }

    @Test
    void aTopicTurnedBackOnIsReceivedAgain() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> notices.choose(quiet.slug(),
                java.util.Map.of(NoticeTopic.PROPOSAL_OPENED, true), Actor.platform()));
        long proposal = uniqueId();
        String title = "Back on " + proposal;
        fire(() -> proposalOpened.fire(new ProposalOpened(proposal, ProposalKind.GENERAL, title,
                Instant.parse("2027-01-15T12:00:00Z"), null)));

        assertEquals(1, awaitMails(mailbox, quiet.address(), title, 1).size());
    }

    private static void fire(Runnable firing) {
        QuarkusTransaction.requiringNew().run(firing);
    }
}
