package st.libreho.governance.internal.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.governance.internal.notices.NoticeFixtures.awaitMails;
import static st.libreho.governance.internal.notices.NoticeFixtures.awaitSent;
import static st.libreho.governance.internal.notices.NoticeFixtures.keys;
import static st.libreho.governance.internal.notices.NoticeFixtures.mails;
import static st.libreho.governance.internal.notices.NoticeFixtures.memberOrganisation;
import static st.libreho.governance.internal.notices.NoticeFixtures.turnOff;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationView;
import st.libreho.governance.NoticeTopic;
import st.libreho.governance.internal.notices.NoticeFixtures.Org;
import st.libreho.platform.Actor;

/**
 * A change in an organisation's delegation reaches the member organisations that receive delegation changes, without
 * the personal addresses of delegates; a new organisation's first address is no change.
 */
@QuarkusTest
class DelegationNoticesTest {

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

    private Org listener;
    private Org deaf;
    private Org changing;
    private long changingId;

    @BeforeEach
    void organisations() {
        listener = memberOrganisation(directory, "listener");
        deaf = memberOrganisation(directory, "deaf");
        turnOff(notices, deaf.slug(), NoticeTopic.DELEGATION_CHANGED);
        changing = memberOrganisation(directory, "changing");
        changingId = directory.profile(changing.slug()).orElseThrow().organisation().id();
    }

    @Test
    void aNewOrganisationsFirstAddressIsNotTold() {
        assertEquals(List.of(), keys(entityManager, "delegation:" + changingId + ":"));
    }

    @Test
    void anAddedAndARemovedDelegateReachTheMembersWithoutTheirAddress() throws Exception {
        String delegate = NoticeFixtures.address("new-delegate");
        directory.addDelegate(changing.slug(), delegate, new Actor("s", "Dana Delegate", "d@example.org", true,
                true));

        List<Mail> received = awaitMails(mailbox, listener.address(), changing.name(), 1);
        assertEquals(1, received.size());
        Mail mail = received.get(0);
        assertEquals("Delegation changed: " + changing.name() + " / Délégation modifiée : " + changing.name(),
                mail.getSubject());
        assertTrue(mail.getText().contains("An address was added to the delegation of " + changing.name()
                + " (by Dana Delegate)."), mail.getText());
        assertTrue(mail.getText().contains("Une adresse a été ajoutée à la délégation de " + changing.name()),
                mail.getText());
        assertTrue(mail.getText().contains("http://localhost:8080/members/" + changing.slug()), mail.getText());
        assertFalse(mail.getText().contains(delegate), "a delegate's address is theirs to give");
        // the organisation itself is a member: it hears of it too, at its addresses of the moment
        assertEquals(1, awaitMails(mailbox, delegate, changing.name(), 1).size());

        directory.removeDelegate(changing.slug(), delegate, Actor.platform());

        assertEquals(2, awaitMails(mailbox, listener.address(), changing.name(), 2).size());
        awaitSent(entityManager, outbox, "delegation:" + changingId + ":");
        assertEquals(List.of(), mails(mailbox, deaf.address(), changing.name()));
        assertTrue(mails(mailbox, listener.address(), changing.name()).get(1).getText()
                .contains("An address was removed from the delegation of " + changing.name()));
    }

    @Test
    void aNewContactAddressIsToldWithTheAddressWhichIsPublic() throws Exception {
        String contact = NoticeFixtures.address("contact");
        OrganisationView entry = directory.profile(changing.slug()).orElseThrow().organisation();

        directory.changeContactEmail(changing.slug(), contact, entry.version(), Actor.platform());

        awaitMails(mailbox, listener.address(), changing.name(), 1);
        awaitSent(entityManager, outbox, "delegation:" + changingId + ":");
        Mail mail = mails(mailbox, listener.address(), changing.name()).stream()
                .filter(m -> m.getText().contains("contact")).findFirst().orElseThrow();
        assertTrue(mail.getText().contains("The contact address of " + changing.name() + " is now " + contact),
                mail.getText());
        assertTrue(mail.getText().contains("L'adresse de contact de " + changing.name() + " est désormais "
                + contact), mail.getText());
    }
}
