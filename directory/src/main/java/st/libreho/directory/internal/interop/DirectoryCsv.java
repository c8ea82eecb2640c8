package st.libreho.directory.internal.interop;

import java.util.List;
import java.util.stream.Collectors;

import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.OrganisationProfile;
import st.libreho.directory.ServiceView;

/**
 * The directory as CSV, one row per organisation, for spreadsheets. Cells that a spreadsheet would run as a formula
 * are defused with a leading apostrophe.
 */
public final class DirectoryCsv {

    static final List<String> HEADER = List.of("slug", "name", "tagline", "status", "legal_structure",
            "founding_year", "country", "region", "languages", "home_url", "services_page_url", "terms_of_service_url",
            "account_policy_url", "privacy_policy_url", "economic_model_url", "contact_email", "services",
            "service_categories");

    private DirectoryCsv() {
    }

    public static String write(List<OrganisationProfile> profiles) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (OrganisationProfile profile : profiles) {
            OrganisationDetails d = profile.organisation().details();
            row(csv, List.of(profile.organisation().slug(), text(d.name()), text(d.tagline()),
                    profile.organisation().status().name(), d.legalStructure() == null ? "" : d.legalStructure().name(),
                    d.foundingYear() == null ? "" : d.foundingYear().toString(), text(d.country()), text(d.region()),
                    String.join(" ", d.languages()), text(d.homeUrl()), text(d.servicesPageUrl()),
                    text(d.termsOfServiceUrl()), text(d.accountPolicyUrl()), text(d.privacyPolicyUrl()),
                    text(d.economicModelUrl()), text(d.contactEmail()),
                    profile.services().stream().map(s -> s.details().name()).collect(Collectors.joining("; ")),
                    profile.services().stream().map(ServiceView::details).map(s -> s.category().name()).distinct()
                            .collect(Collectors.joining(" "))));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(DirectoryCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
