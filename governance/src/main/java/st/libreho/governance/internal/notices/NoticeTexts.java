package st.libreho.governance.internal.notices;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import st.libreho.platform.web.Bundles;
import st.libreho.platform.web.PlatformConfig;

/**
 * Writes a notice: plain text, English then French (organisations have no language of their own), every word from
 * {@link NoticeMessages}, with the platform's public address of what it tells of and of the page where the
 * organisation chooses what it receives.
 */
@ApplicationScoped
public class NoticeTexts {

    /** The languages a notice is written in, in this order. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    /** A subject line stays within the column that keeps it, and within what mail clients show. */
    private static final int MAX_SUBJECT = 500;

    private final PlatformConfig platform;

    public NoticeTexts(PlatformConfig platform) {
        this.platform = platform;
    }

    /** A notice as it is recorded and sent. */
    public record Text(String subject, String body) {
    }

    /** One language's bundle, and dates as that language writes them. */
    public record Language(NoticeMessages messages, Locale locale) {

        public String date(Instant instant) {
            return date(instant, ZoneOffset.UTC);
        }

        public String date(Instant instant, ZoneId zone) {
            return DateTimeFormatter.ofPattern(messages.mail_date_pattern(), locale).format(instant.atZone(zone));
        }
    }

    /** The platform's address of a path, for links in messages (no request to take it from). */
    public String url(String path) {
        return platform.publicUrl().replaceAll("/+$", "") + path;
    }

    /**
     * A notice to one organisation.
     *
     * @param organisation the slug of the organisation it goes to, for the link to its choices
     * @param organisationName its name, for the footer
     * @param subject the subject in a language
     * @param lead what happened, in a language
     * @param link the path of what it tells of
     */
    public Text write(String organisation, String organisationName, Function<Language, String> subject,
            Function<Language, String> lead, String link) {
        StringBuilder subjects = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (Locale locale : LANGUAGES) {
            Language language = new Language(Bundles.of(NoticeMessages.class, locale.getLanguage()), locale);
            if (!subjects.isEmpty()) {
                subjects.append(" / ");
                body.append("\n\n\n");
            }
            subjects.append(subject.apply(language));
            body.append(language.messages().mail_language()).append("\n\n")
                    .append(lead.apply(language)).append("\n\n")
                    .append(url(link)).append("\n\n")
                    .append("-- \n")
                    .append(language.messages().mail_footer(organisationName,
                            url(NoticeAddresses.choices(organisation))))
                    .append('\n');
        }
        String line = subjects.toString().replaceAll("[\\r\\n]+", " ");
        return new Text(line.length() > MAX_SUBJECT ? line.substring(0, MAX_SUBJECT - 1) + "…" : line,
                body.toString());
    }
}
