package st.libreho.directory;

import java.util.Arrays;
import java.util.Optional;

/**
 * The commitments of the CPP ("Commitments, Policies and Processes"), with stable ids that statements and exports
 * refer to. Renaming an id breaks every statement that uses it: add new ones instead.
 */
public enum Commitment {
    SHARE_KNOWLEDGE("share-knowledge", "Solidarity and cooperation",
            "Help other librehosters and share knowledge and techniques"),
    SHARE_CONFIGURATIONS("share-configurations", "Solidarity and cooperation",
            "Seek service replicability and share configurations"),
    FREE_SOFTWARE("free-software", "Free software and the commons", "Servers and services run on free software"),
    OPEN_FORMATS("open-formats", "Free software and the commons", "Use open formats, especially for publications"),
    RESPECT_LICENCES("respect-licences", "Free software and the commons",
            "Respect the licences of the free software used, with licence and source links"),
    CONTRIBUTE("contribute", "Free software and the commons", "Contribute to the free software ecosystems used"),
    ACCOUNT_POLICY("account-policy", "Transparency and fairness",
            "Publish a policy on user accounts and clear terms of service"),
    ECONOMIC_MODEL("economic-model", "Transparency and fairness", "Explain the economic model on an easy-to-find page"),
    NO_DATA_EXPLOITATION("no-data-exploitation", "Transparency and fairness", "Do not exploit personal data"),
    CONTACT_POINT("contact-point", "Transparency and fairness",
            "Provide a clear public contact point, preferably by e-mail"),
    DATA_PORTABILITY("data-portability", "Privacy and data portability",
            "Let users access, export and recover their data"),
    FREE_ENCRYPTION("free-encryption", "Privacy and data portability", "Provide encryption at no additional cost"),
    END_TO_END_ENCRYPTION("end-to-end-encryption", "Privacy and data portability",
            "Provide end-to-end encryption when possible"),
    NET_NEUTRALITY("net-neutrality", "Privacy and data portability", "Do not tamper with or inspect users' traffic"),
    SERVICES_PAGE("services-page", "Structures of the members", "Publish a web page presenting the services offered"),
    SINGLE_CONTACT("single-contact", "Structures of the members",
            "Appoint a delegation reachable at a single e-mail address");

    private final String id;
    private final String section;
    private final String title;

    Commitment(String id, String section, String title) {
        this.id = id;
        this.section = section;
        this.title = title;
    }

    /** The stable id, e.g. {@code free-software}. */
    public String id() {
        return id;
    }

    /** The CPP section it belongs to, in English (pages use the translated text from their bundles). */
    public String section() {
        return section;
    }

    /** A short English statement of the commitment, for the API and exports. */
    public String title() {
        return title;
    }

    /**
     * The commitment with this stable id ({@code share-knowledge}), the form used everywhere; the constant's name
     * ({@code SHARE_KNOWLEDGE}) is taken as an alias, since earlier versions of the API wrote it.
     */
    public static Optional<Commitment> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip();
        return Arrays.stream(values())
                .filter(commitment -> commitment.id.equals(wanted) || commitment.name().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
