package st.libreho.directory.internal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import st.libreho.directory.CheckClass;
import st.libreho.directory.CheckKind;
import st.libreho.directory.Finding;

/**
 * The texts of observed evidence (templates read them as {@code obs:}): what each check is, what it found, and how a
 * delegation fixes it. English here; French in {@code messages/obs_fr.properties}. A bundle of its own keeps the
 * directory's under Quarkus' limit.
 */
@MessageBundle("obs")
public interface ObservationMessages {

    @Message
    String kind(CheckKind kind);

    @Message
    String check_class(CheckClass checkClass);

    @Message
    String finding(Finding finding);

    /** How a delegation fixes what was found. */
    @Message
    String fix(Finding finding);

    @Message("{kind}, {service}")
    String kind_of_service(String kind, String service);

    @Message("{what}:")
    String heading(String what);

    @Message("answered {status}")
    String answered(int status);

    @Message("{type}")
    String document_type(String type);

    @Message("certificate valid until {date} ({#if days == 1}1 day{#else}{days} days{/if} left)")
    String certificate_valid_until(String date, long days);

    @Message("certificate expired on {date}")
    String certificate_expired_on(String date);

    @Message("certificate not trusted, valid until {date}")
    String certificate_untrusted_until(String date);

    @Message("plain HTTP redirects to HTTPS")
    String redirects_to_https();

    @Message("HSTS")
    String hsts();

    @Message("led to {url}")
    String led_to(String url);

    @Message("expires {date}")
    String security_txt_expires(String date);

    @Message("as it should be")
    String all_well();

    @Message("observed {date}")
    String observed_on(String date);

    @Message("failing since {date}")
    String failing_since(String date);

    @Message("Observed")
    String observed();

    @Message("Discrepancy")
    String discrepancy();

    @Message("The organisation declares it meets this commitment, but a check contradicts it.")
    String discrepancy_explained();

    @Message("Not checked: the organisation opted out of {what}.")
    String opted_out(String what);

    @Message("Not checked yet.")
    String not_checked_yet();

    @Message("HTTPS and certificate")
    String service_tls_title();

    @Message("What NodeInfo says")
    String nodeinfo_title();

    @Message("{software} {version}")
    String nodeinfo_software(String software, String version);

    @Message("registrations open")
    String nodeinfo_open();

    @Message("registrations closed")
    String nodeinfo_closed();

    @Message("{#if count == 1}1 user{#else}{count} users{/if}")
    String nodeinfo_users(long count);

    @Message("protocols: {protocols}")
    String nodeinfo_protocols(String protocols);

    @Message("Differs from what is declared: {what}")
    String nodeinfo_differs(String what);

    @Message("software")
    String difference_software();

    @Message("registrations")
    String difference_registrations();

    @Message("Observed evidence")
    String section_title();

    @Message("The platform visits what each organisation declares: its pages, its services, its security.txt and its services' NodeInfo. What it saw is shown beside what the organisation declares. Last checked: {date}.")
    String section_lead(String date);

    @Message("This organisation has not been checked yet.")
    String section_never();

    @Message("Your failing checks")
    String yours_title();

    @Message("What the platform found wrong on your sites, with how to fix it. Fix it, then check again.")
    String yours_lead();

    @Message("Everything checked is as it should be.")
    String yours_none();

    @Message("Check now")
    String check_now();

    @Message("You can ask for a new check from {date}.")
    String check_again_from(String date);

    @Message("Checked again just now.")
    String checked_now();

    @Message("Your organisation was checked on request a short while ago; you can ask again from {date}.")
    String check_too_soon(String date);

    @Message("Opt-outs")
    String opt_outs_title();

    @Message("An organisation may ask not to be checked for a class of checks. The opt-out is shown on its page in place of the observations.")
    String opt_outs_lead();

    @Message("Save opt-outs")
    String opt_outs_save();

    @Message("Opt-outs saved.")
    String opt_outs_saved();

    @Message("Details, opt-outs and how to fix each failure")
    String manage_link();

    @Message("Failing checks across the network")
    String network_title();

    @Message("what the platform observes on members' sites, and which checks fail now.")
    String network_link_lead();

    @Message("Every check that fails now, for every member and applicant, oldest failure first. Each organisation's page shows all its observations beside what it declares.")
    String network_lead();

    @Message("No check fails at the moment.")
    String network_none();

    @Message("Organisation")
    String column_organisation();

    @Message("Check")
    String column_check();

    @Message("Address")
    String column_address();

    @Message("Found")
    String column_found();

    @Message("Since")
    String column_since();

    @Message("Observed evidence of {name}")
    String organisation_title(String name);

    @Message("All observations")
    String all_title();

    @Message("Last round across the network: {date}.")
    String last_round(String date);
}
