package st.libreho.registry.internal.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import st.libreho.directory.Directory;
import st.libreho.directory.DirectoryQuery;
import st.libreho.directory.OrganisationStatus;
import st.libreho.directory.OrganisationSummary;
import st.libreho.platform.Actor;
import st.libreho.registry.ConfigurationDraft;
import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.ConfigurationFormat;
import st.libreho.registry.ConfigurationStatus;
import st.libreho.registry.Registry;
import st.libreho.registry.RegistryQuery;
import st.libreho.registry.Software;
import st.libreho.registry.VersionDraft;

/**
 * A demo configuration for dev mode only: the real Bonfire recipe for Co-op Cloud, shared by the first member
 * organisation in two versions and cloned by the second, so that versions, diffs, "behind", the replicate form and
 * {@code git clone} all show on a fresh database. Through the facade, after the demo organisations exist (a later
 * priority than the shell's demo data), and only while the registry is empty.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoConfigurations {

    private static final Logger LOG = Logger.getLogger(DemoConfigurations.class);
    private static final List<String> FILES = List.of(".env.sample", "compose.postgres.yml", "compose.yml");

    private final Registry registry;
    private final Directory directory;

    public DemoConfigurations(Registry registry, Directory directory) {
        this.registry = registry;
        this.directory = directory;
    }

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (registry.search(new RegistryQuery(null, null, null, null, null, null, null, 1, 1)).total() > 0) {
            return;
        }
        List<String> members = directory.searchOrganisations(DirectoryQuery.all()).items().stream()
                .filter(organisation -> organisation.status() == OrganisationStatus.MEMBER)
                .map(OrganisationSummary::slug).toList();
        if (members.isEmpty()) {
            return;
        }
        Actor platform = Actor.platform();
        String owner = members.get(0);
        registry.create(new ConfigurationDraft(owner, "bonfire", "Bonfire on Co-op Cloud",
                new Software("Bonfire", "https://github.com/bonfire-networks/bonfire-app", "AGPL-3.0-only"),
                ConfigurationFormat.DOCKER_COMPOSE, List.of("fediverse", "social"), ConfigurationStatus.PRODUCTION,
                "The Co-op Cloud recipe for [Bonfire](https://bonfirenetworks.org), a federated social "
                        + "network: `compose.yml`, its PostgreSQL overlay and the variables in `.env.sample`."),
                platform);
        List<ConfigurationFile> files = files();
        registry.publish(owner, "bonfire", new VersionDraft("1.0.0", "First shared version.", files, null), false,
                platform);
        if (members.size() > 1) {
            registry.cloneVersion(owner, "bonfire", "1.0.0", members.get(1), null, platform);
        }
        List<ConfigurationFile> later = files.stream().map(file -> file.path().equals("compose.yml")
                ? new ConfigurationFile(file.path(), file.content() + "# backed up every night by backupbot\n")
                : file).toList();
        registry.publish(owner, "bonfire", new VersionDraft("1.1.0", "Nightly backups noted.", later, null), false,
                platform);
        LOG.infof("Added the demo configuration %s/bonfire (1.0.0, 1.1.0)%s", owner,
                members.size() > 1 ? ", cloned by " + members.get(1) : "");
    }

    private static List<ConfigurationFile> files() {
        List<ConfigurationFile> files = new ArrayList<>();
        for (String name : FILES) {
            try (InputStream in = DemoConfigurations.class.getResourceAsStream("/registry-demo/bonfire/" + name)) {
                files.add(new ConfigurationFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("The demo recipe is missing from the build: " + name, e);
            }
        }
        return files;
    }
}
