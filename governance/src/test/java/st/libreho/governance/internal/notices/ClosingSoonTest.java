package st.libreho.governance.internal.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.governance.internal.notices.NoticeFixtures.awaitMails;
import static st.libreho.governance.internal.notices.NoticeFixtures.awaitSent;
import static st.libreho.governance.internal.notices.NoticeFixtures.keys;
import static st.libreho.governance.internal.notices.NoticeFixtures.mails;
import static st.libreho.governance.internal.notices.NoticeFixtures.memberOrganisation;
import static st.libreho.governance.internal.notices.NoticeFixtures.turnOff;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.governance.Governance;
import st.libreho.governance.NoticeTopic;
import st.libreho.governance.internal.notices.NoticeFixtures.Org;

/**
 * An open proposal closing within two days reminds the member organisations that have not taken a stance on it, once
 * however often the reminder runs; not those that have spoken or turned reminders off, and not for a proposal closing
 * later or already closed.
 */
@QuarkusTest
class ClosingSoonTest {

    @Inject
    Directory directory;

    @Inject
    Governance governance;

    @Inject
    Notices notices;

    @Inject
    NoticeOutbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    MockMailbox mailbox;

    private Org spoke;
    private Org silent;
    private Org unwilling;

    @BeforeEach
    void organisations() {
        spoke = memberOrganisation(directory, "spoke");
        silent = memberOrganisation(directory, "silent");
        unwilling = memberOrganisation(directory, "unwilling");
        turnOff(notices, unwilling.slug(), NoticeTopic.CLOSING_SOON);
    }

    @Test
    void onlyTheOrganisationsWithoutAStanceAreRemindedAndOnlyOnce() throws Exception {
        String title = "Closing soon " + spoke.slug();
        long due = proposal(title, "OPEN", Instant.now().plus(Duration.ofHours(30)));
        stance(due, spoke.slug());

        governance.remindClosingSoon();

        List<Mail> received = awaitMails(mailbox, silent.address(), title, 1);
        assertEquals(1, received.size());
        assertTrue(received.get(0).getSubject().startsWith("Closing soon: " + title + " / Bientôt close : "),
                received.get(0).getSubject());
        String text = received.get(0).getText();
        assertTrue(text.contains(silent.name() + " has not taken a stance yet on the proposal \"" + title + "\""),
                text);
        assertTrue(text.contains(silent.name() + " n'a pas encore pris position"), text);
        assertTrue(text.contains("/decisions/proposals/" + due), text);
        awaitSent(entityManager, outbox, "closing-soon:" + due + ":");
        assertEquals(List.of(), mails(mailbox, spoke.address(), title), "it has spoken");
        assertEquals(List.of(), mails(mailbox, unwilling.address(), title), "it turned reminders off");

        // the next run of the job, or another instance's: nothing more
        governance.remindClosingSoon();
        notices.scheduledReminders();
        awaitSent(entityManager, outbox, "closing-soon:" + due + ":");
        assertEquals(1, mails(mailbox, silent.address(), title).size());
        assertEquals(List.of("closing-soon:" + due + ":" + silent.slug()),
                keys(entityManager, "closing-soon:" + due + ":" + silent.slug()));
    }

    @Test
    void aProposalClosingLaterOrAlreadyClosedRemindsNobody() throws Exception {
        long later = proposal("Later " + silent.slug(), "OPEN", Instant.now().plus(Duration.ofDays(5)));
        long closed = proposal("Closed " + silent.slug(), "CLOSED", Instant.now().plus(Duration.ofHours(5)));

        governance.remindClosingSoon();

        assertEquals(List.of(), keys(entityManager, "closing-soon:" + later + ":"));
        assertEquals(List.of(), keys(entityManager, "closing-soon:" + closed + ":"));
    }

    @Test
    void theScheduledRunRemindsToo() throws Exception {
        String title = "Scheduled " + silent.slug();
        long due = proposal(title, "OPEN", Instant.now().plus(Duration.ofHours(2)));

        notices.scheduledReminders();

        assertEquals(1, awaitMails(mailbox, silent.address(), title, 1).size());
        assertEquals(List.of("closing-soon:" + due + ":" + silent.slug()),
                keys(entityManager, "closing-soon:" + due + ":" + silent.slug()));
    }

    private long proposal(String title, String state, Instant closesAt) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                insert into governance.proposal (kind, title, state, outcome, opened_at, closes_at, closed_at,
                    opened_by, rule_mode, rule_quorum, rule_min_support, rule_appeal)
                values ('GENERAL', ?1, ?2, case when ?2 = 'OPEN' then null else 'NOT_ADOPTED' end, ?3, ?4,
                    case when ?2 = 'OPEN' then null else now() end, 'Test', 'CONSENSUS', 0.5, 2, 'P14D')
                returning id""")
                .setParameter(1, title).setParameter(2, state)
                .setParameter(3, Instant.now().minus(Duration.ofDays(7))).setParameter(4, closesAt)
                .getSingleResult()).longValue());
    }

    private void stance(long proposal, String organisation) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into governance.stance (proposal_id, organisation, stance, spoken_by, text_version, taken_at)
                values (?1, ?2, 'AGREE', 'Test', 1, ?3)""")
                .setParameter(1, proposal).setParameter(2, organisation).setParameter(3, Instant.now())
                .executeUpdate());
    }
}
