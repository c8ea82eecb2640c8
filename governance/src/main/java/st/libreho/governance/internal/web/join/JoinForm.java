package st.libreho.governance.internal.web.join;

import java.util.List;
import java.util.Locale;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import st.libreho.directory.OrganisationDetails;
import st.libreho.governance.ApplicationDraft;

/** What a person types to apply, kept as typed so that a refused form shows it again. */
@TemplateData
public record JoinForm(@RestForm String slug, @RestForm String name, @RestForm String homeUrl,
        @RestForm String country, @RestForm String contactEmail, @RestForm String motivation) {

    static JoinForm empty() {
        return new JoinForm(null, null, null, null, null, null);
    }

    /** The directory checks the entry (field names are its own, so its problems land beside the right field). */
    ApplicationDraft draft() {
        return new ApplicationDraft(trim(slug), new OrganisationDetails(trim(name), null, null, null, null,
                trim(country) == null ? null : trim(country).toUpperCase(Locale.ROOT), null, List.of(), null,
                trim(homeUrl), null, null, null, null, null, trim(contactEmail), null), motivation);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
