package st.libreho.governance.internal.care;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import st.libreho.governance.internal.web.care.CareMessages;
import st.libreho.platform.web.Bundles;
import st.libreho.platform.web.PlatformConfig;

/**
 * Tells the care team that a report came, once the report is stored: a link to it and nothing else, neither its text
 * nor who filed it nor whom it concerns, since an e-mail travels and stays where the platform cannot protect it. In
 * English and French, as the care team's languages are not known. Sent once, without retry: the reports' list is
 * where the care team looks, the message only says to look.
 */
@ApplicationScoped
public class IncidentMail {

    private static final Logger LOG = Logger.getLogger(IncidentMail.class);

    private final ReactiveMailer mailer;
    private final PlatformConfig platform;
    private final TransactionSynchronizationRegistry transactions;

    public IncidentMail(ReactiveMailer mailer, PlatformConfig platform,
            TransactionSynchronizationRegistry transactions) {
        this.mailer = mailer;
        this.platform = platform;
        this.transactions = transactions;
    }

    /** After the current transaction commits, tells these addresses that report {@code id} awaits them. */
    void reportFiled(long id, List<String> recipients) {
        if (recipients.isEmpty()) {
            return;
        }
        String url = platform.publicUrl().replaceAll("/+$", "") + "/care/reports/" + id;
        CareMessages en = Bundles.of(CareMessages.class, "en");
        CareMessages fr = Bundles.of(CareMessages.class, "fr");
        Mail mail = new Mail().setBcc(List.copyOf(recipients))
                .setSubject(en.mail_subject() + " / " + fr.mail_subject())
                .setText(en.mail_body(url) + "\n\n--\n\n" + fr.mail_body(url));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: the report is written first
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    // the request does not wait for the SMTP server; a failure is logged by report number only
                    mailer.send(mail).subscribe().with(sent -> {
                    }, failure -> LOG.warnf("Telling the care team of incident report %d failed: %s", id,
                            failure.getClass().getName()));
                }
            }
        });
    }
}
