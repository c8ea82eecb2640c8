package st.libreho.governance.internal.notices;

import static st.libreho.directory.testing.DirectoryFixtures.entry;
import static st.libreho.directory.testing.DirectoryFixtures.member;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import st.libreho.directory.Directory;
import st.libreho.governance.NoticeTopic;
import st.libreho.platform.Actor;

/**
 * What the notice tests share. The database and the mailbox are shared by every test class of a run: organisations,
 * addresses and titles are unique, and mail is looked for by address and subject.
 */
final class NoticeFixtures {

    /** How long a test waits for the sender thread, which sends after the firing transaction commits. */
    private static final long WAIT_MILLIS = 15_000;

    private NoticeFixtures() {
    }

    /** A member organisation; its contact address is its first delegation address. */
    record Org(String slug, String name, String address) {
    }

    static String address(String prefix) {
        return uniqueSlug(prefix) + "@notices.example.org";
    }

    static Org memberOrganisation(Directory directory, String prefix) {
        String slug = uniqueSlug(prefix);
        String name = "Notices " + slug;
        String address = address(prefix);
        member(directory, slug, entry(name, "FR", address, "fr"));
        return new Org(slug, name, address);
    }

    /** Turns these topics off for the organisation, as an operator may. */
    static void turnOff(Notices notices, String slug, NoticeTopic... topics) {
        Map<NoticeTopic, Boolean> off = new EnumMap<>(NoticeTopic.class);
        for (NoticeTopic topic : topics) {
            off.put(topic, false);
        }
        QuarkusTransaction.requiringNew().run(() -> notices.choose(slug, off, Actor.platform()));
    }

    static List<Mail> mails(MockMailbox mailbox, String address, String subjectPart) {
        List<Mail> sent = mailbox.getMailsSentTo(address);
        return sent == null ? List.of()
                : sent.stream().filter(mail -> mail.getSubject().contains(subjectPart)).toList();
    }

    /** Waits until at least {@code count} such mails were sent (or the wait ends), and gives them. */
    static List<Mail> awaitMails(MockMailbox mailbox, String address, String subjectPart, int count)
            throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        List<Mail> found = mails(mailbox, address, subjectPart);
        while (found.size() < count && System.currentTimeMillis() < end) {
            Thread.sleep(50);
            found = mails(mailbox, address, subjectPart);
        }
        return found;
    }

    /**
     * Waits until every notice recorded under this key prefix is sent (or the wait ends), then lets a further pass
     * run: after this, whatever was going to be sent has been.
     */
    static void awaitSent(EntityManager entityManager, NoticeOutbox outbox, String keyPrefix)
            throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (unsent(entityManager, keyPrefix) > 0 && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
        outbox.sendDue();
    }

    static long unsent(EntityManager entityManager, String keyPrefix) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from governance.notice_sent where key like ?1 and sent_at is null")
                .setParameter(1, keyPrefix + "%").getSingleResult()).longValue());
    }

    /** The keys recorded under this prefix, sent or not. */
    @SuppressWarnings("unchecked")
    static List<String> keys(EntityManager entityManager, String keyPrefix) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select key from governance.notice_sent where key like ?1 order by key")
                .setParameter(1, keyPrefix + "%").getResultList());
    }

    /** An id no other test uses (the notices do not need the proposal or meeting to exist). */
    static long uniqueId() {
        return 1_000_000_000L + (long) (Math.random() * 1_000_000_000_000L);
    }
}
