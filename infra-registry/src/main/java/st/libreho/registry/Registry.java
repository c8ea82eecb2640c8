package st.libreho.registry;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import st.libreho.platform.Actor;
import st.libreho.platform.Page;
import st.libreho.registry.internal.publish.Configurations;
import st.libreho.registry.internal.publish.Publishing;
import st.libreho.registry.internal.publish.Replication;

/**
 * The infra registry's public facade: members share service configurations as immutable versions of text files,
 * checked for secrets and lint before they are published; anyone finds, compares, clones and replicates them.
 * Other modules call this, never the registry's internals.
 * <p>
 * Who writes: a person in the delegation of a member organisation, for that organisation, and operators. Every
 * configuration is public: the CPP asks members to share them.
 */
@ApplicationScoped
public class Registry {

    private final Configurations configurations;
    private final Publishing publishing;
    private final Replication replication;

    public Registry(Configurations configurations, Publishing publishing, Replication replication) {
        this.configurations = configurations;
        this.publishing = publishing;
        this.replication = replication;
    }

    /**
     * Shares a new configuration, without versions yet.
     *
     * @throws st.libreho.platform.InvalidInputException naming each bad field (a licence that is not free software
     *         names {@code software.licence} with the reason)
     */
    @Transactional
    public ConfigurationView create(ConfigurationDraft draft, Actor actor) {
        return configurations.create(draft, actor);
    }

    /** Changes a configuration's details, against the {@code expectedVersion} the person read. */
    @Transactional
    public ConfigurationView update(String owner, String slug, ConfigurationDraft draft, long expectedVersion,
            Actor actor) {
        return configurations.update(owner, slug, draft, expectedVersion, actor);
    }

    /**
     * Publishes a version, or with {@code dryRun} only checks it.
     *
     * @throws PublishRefusedException when a check blocks it (a secret, a lint error, a file that cannot be part of a
     *         version); nothing is stored
     */
    @Transactional
    public PublishResult publish(String owner, String slug, VersionDraft draft, boolean dryRun, Actor actor) {
        return publishing.publish(owner, slug, draft, dryRun, actor);
    }

    /** The text files of an uploaded zip or tar.gz, read within the registry's limits. */
    public List<ConfigurationFile> filesOf(InputStream archive, String fileName) {
        return publishing.filesOf(archive, fileName);
    }

    /** What the registry proposes as a version's variables manifest, from its files. */
    public List<Variable> proposeVariables(List<ConfigurationFile> files) {
        return publishing.proposeVariables(files);
    }

    @Transactional
    public Page<ConfigurationSummary> search(RegistryQuery query) {
        return configurations.search(query);
    }

    @Transactional
    public Optional<ConfigurationView> configuration(String owner, String slug, Actor reader) {
        return configurations.configuration(owner, slug, reader);
    }

    @Transactional
    public Optional<VersionView> version(String owner, String slug, String version) {
        return configurations.version(owner, slug, version);
    }

    /** Every version with its files, oldest first. */
    @Transactional
    public List<VersionView> history(String owner, String slug) {
        return configurations.history(owner, slug);
    }

    /** The versions published last in the whole registry, newest first: at most {@code limit}, and 200. */
    @Transactional
    public List<RecentVersion> recentVersions(int limit) {
        return configurations.recentVersions(limit);
    }

    /** What changed between two versions of a configuration. */
    @Transactional
    public VersionComparison diff(String owner, String slug, String from, String to) {
        return replication.diff(owner, slug, from, to);
    }

    /** Clones a version into the organisation {@code into}, as {@code slug} (the source's slug when blank). */
    @Transactional
    public ConfigurationView cloneVersion(String owner, String slug, String version, String into, String newSlug,
            Actor actor) {
        return configurations.cloneInto(owner, slug, version, into, newSlug, actor);
    }

    /**
     * A version's files and a {@code .env} with the given values, defaults, and secrets generated for the names in
     * {@code generate}. The values are not stored nor logged.
     */
    @Transactional
    public byte[] bundle(String owner, String slug, String version, Map<String, String> values, Set<String> generate,
            BundleFormat format) {
        return replication.bundle(owner, slug, version, values, generate, format);
    }
}
