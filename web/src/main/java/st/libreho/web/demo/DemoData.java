package st.libreho.web.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import st.libreho.directory.Commitment;
import st.libreho.directory.ContactKind;
import st.libreho.directory.Directory;
import st.libreho.directory.DirectoryQuery;
import st.libreho.directory.ImportResult;
import st.libreho.directory.PriceModel;
import st.libreho.directory.Registration;
import st.libreho.directory.ServiceCategory;
import st.libreho.directory.ServiceDetails;
import st.libreho.directory.StatementState;
import st.libreho.platform.Actor;

/**
 * Demo organisations for dev mode, built from four real members' librehost.json manifests, with services,
 * statements and delegations for the demo users (delegate@example.com acts for LibreOps, member@example.com for
 * Snopyta). Only added to an empty directory, so a developer's own data is never touched.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final Directory directory;

    public DemoData(Directory directory) {
        this.directory = directory;
    }

    void seed(@Observes StartupEvent event) {
        if (directory.searchOrganisations(DirectoryQuery.all()).total() > 0) {
            return;
        }
        Actor platform = Actor.platform();
        ImportResult libreops = found("libreops", platform);
        ImportResult snopyta = found("snopyta", platform);
        ImportResult allmende = found("allmende", platform);
        ImportResult nixnet = found("nixnet", platform);

        service(libreops, "LibreOps Mail", ServiceCategory.EMAIL, "Postfix and Dovecot", "EPL-2.0",
                Registration.ON_REQUEST, PriceModel.DONATION, List.of("en", "el"), platform);
        service(libreops, "Etherpad", ServiceCategory.PADS, "Etherpad", "Apache-2.0", Registration.OPEN,
                PriceModel.FREE, List.of("en"), platform);
        service(snopyta, "Snopyta Mail", ServiceCategory.EMAIL, "Mailcow", "GPL-3.0-only", Registration.OPEN,
                PriceModel.DONATION, List.of("en", "de", "fr"), platform);
        service(snopyta, "Nextcloud", ServiceCategory.CLOUD_STORAGE, "Nextcloud", "AGPL-3.0-or-later",
                Registration.ON_REQUEST, PriceModel.DONATION, List.of("en", "de"), platform);
        service(allmende, "Discourse forum", ServiceCategory.SOCIAL_NETWORK, "Discourse", "GPL-2.0-or-later",
                Registration.OPEN, PriceModel.FREE, List.of("de", "en", "fr"), platform);
        service(allmende, "Jitsi Meet", ServiceCategory.VIDEO_CONFERENCING, "Jitsi Meet", "Apache-2.0",
                Registration.OPEN, PriceModel.FREE, List.of("de", "en", "fr"), platform);
        service(nixnet, "NixNet Mail", ServiceCategory.EMAIL, "Mailcow", "GPL-3.0-only", Registration.CLOSED,
                PriceModel.FREE, List.of("en"), platform);

        for (ImportResult member : List.of(libreops, snopyta, allmende, nixnet)) {
            String slug = member.organisation().slug();
            directory.putStatement(slug, Commitment.FREE_SOFTWARE, StatementState.MEETS,
                    member.organisation().details().homeUrl(), null, platform);
            directory.putStatement(slug, Commitment.FREE_ENCRYPTION, StatementState.MEETS, null, null, platform);
            directory.putStatement(slug, Commitment.ECONOMIC_MODEL, StatementState.WORKING_ON_IT, null, null,
                    platform);
        }
        directory.putContact("libreops", ContactKind.ABUSE, "abuse@libreops.cc", null, platform);
        directory.addDelegate("libreops", "delegate@example.com", platform);
        directory.addDelegate("snopyta", "member@example.com", platform);
        LOG.info("Added the demo organisations: LibreOps (delegate@example.com), Snopyta (member@example.com), "
                + "Allmende, NixNet");
    }

    private ImportResult found(String name, Actor platform) {
        return directory.importFoundingMember(name, directory.readManifest(read("/demo/" + name + ".json")),
                platform);
    }

    private void service(ImportResult member, String name, ServiceCategory category, String software,
            String licence, Registration registration, PriceModel price, List<String> languages, Actor platform) {
        directory.addService(member.organisation().slug(), new ServiceDetails(name, category,
                member.organisation().details().homeUrl(), software, licence, null, registration, price, true, false,
                true, languages, null), platform);
    }

    private static String read(String resource) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
