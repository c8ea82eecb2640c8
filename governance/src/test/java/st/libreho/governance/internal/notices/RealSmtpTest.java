package st.libreho.governance.internal.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.governance.internal.notices.NoticeFixtures.memberOrganisation;
import static st.libreho.governance.internal.notices.NoticeFixtures.uniqueId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import st.libreho.directory.Directory;
import st.libreho.governance.ApplicationSubmitted;
import st.libreho.governance.internal.notices.NoticeFixtures.Org;

/**
 * A notice through a real SMTP server (GreenMail, started here on a free port) rather than the mock mailbox: its
 * subject, its recipients and its French text arrive as written, in UTF-8.
 */
@QuarkusTest
@TestProfile(RealSmtpTest.RealSmtp.class)
class RealSmtpTest {

    /** The mailer points at this port; GreenMail listens on it. */
    static final int PORT = freePort();

    public static class RealSmtp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.mock", "false",
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(PORT),
                    "quarkus.mailer.start-tls", "DISABLED",
                    "quarkus.mailer.from", "Librehosters <notices@librehosters.example.org>",
                    "librehosters.public-url", "https://platform.example.org/");
        }
    }

    private static GreenMail smtp;

    @Inject
    Directory directory;

    @Inject
    Event<ApplicationSubmitted> applicationSubmitted;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aNoticeArrivesThroughSmtpWithItsFrenchIntact() throws Exception {
        Org member = memberOrganisation(directory, "smtp");
        long id = uniqueId();
        String name = "Coopérative Éole " + id;

        QuarkusTransaction.requiringNew().run(() -> applicationSubmitted.fire(new ApplicationSubmitted(id, id + 1,
                "eole-" + id, name, Instant.now())));

        MimeMessage message = awaitMessage(member.address(), name);
        assertEquals("New application: " + name + " / Nouvelle candidature : " + name, message.getSubject());
        assertEquals(List.of(member.address()), Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                .map(address -> ((InternetAddress) address).getAddress()).toList());
        assertEquals("notices@librehosters.example.org", ((InternetAddress) message.getFrom()[0]).getAddress());
        assertTrue(message.getContentType().toLowerCase().contains("utf-8"), message.getContentType());
        String text = message.getContent().toString();
        assertTrue(text.contains(name + " demande à rejoindre le réseau. Lisez sa candidature, commentez-la et "
                + "prenez position au nom de votre organisation :"), text);
        assertTrue(text.contains("https://platform.example.org/decisions/proposals/" + (id + 1)), text);
    }

    private static MimeMessage awaitMessage(String address, String subjectPart) throws Exception {
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                boolean toAddress = Arrays.stream(message.getAllRecipients())
                        .anyMatch(a -> address.equals(((InternetAddress) a).getAddress()));
                if (toAddress && message.getSubject().contains(subjectPart)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no message to " + address + " about " + subjectPart);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
