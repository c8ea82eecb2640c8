package st.libreho.registry.internal.publish;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import st.libreho.platform.Actor;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.cache.PublicContent;
import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.Finding;
import st.libreho.registry.PublishRefusedException;
import st.libreho.registry.PublishResult;
import st.libreho.registry.Variable;
import st.libreho.registry.VersionDraft;
import st.libreho.registry.internal.RegistryConfig;
import st.libreho.registry.internal.checks.ManifestLint;
import st.libreho.registry.internal.checks.SecretScanner;
import st.libreho.registry.internal.checks.VariableExtractor;
import st.libreho.registry.internal.files.ArchiveContents;
import st.libreho.registry.internal.files.ArchiveReader;
import st.libreho.registry.internal.files.ContentHash;
import st.libreho.registry.internal.files.FileLimits;
import st.libreho.registry.internal.files.FileSetRules;
import st.libreho.registry.internal.files.SemanticVersion;
import st.libreho.registry.internal.store.ConfigurationEntity;
import st.libreho.registry.internal.store.VersionEntity;
import st.libreho.registry.internal.store.VersionFileEntity;

/**
 * Publishing a version: every check runs before anything is written, and a refusal stores nothing, in the database
 * or in a log (a finding holds a secret only masked). Versions of one configuration are published one at a time
 * (its row is locked), so that "greater than the last" holds however many publish together.
 */
@ApplicationScoped
public class Publishing {

    private final Publishers publishers;
    private final RegistryConfig config;
    private final PublicContent publicContent;
    private final EntityManager entities;
    private final SecretScanner scanner = SecretScanner.standard();
    private final VariableExtractor extractor = new VariableExtractor();
    private final ManifestLint lint = new ManifestLint();

    public Publishing(Publishers publishers, RegistryConfig config, PublicContent publicContent,
            EntityManager entities) {
        this.publishers = publishers;
        this.config = config;
        this.publicContent = publicContent;
        this.entities = entities;
    }

    public FileLimits limits() {
        return new FileLimits(config.filesPerVersion(), config.bytesPerFile().asLongValue(),
                config.bytesPerVersion().asLongValue());
    }

    /** The files of an uploaded zip or tar.gz, or a refusal naming the entry that cannot be part of a version. */
    public List<ConfigurationFile> filesOf(InputStream archive, String fileName) {
        ArchiveContents contents = ArchiveReader.read(archive, fileName, limits());
        if (!contents.refusals().isEmpty()) {
            throw new PublishRefusedException(contents.refusals());
        }
        return contents.files();
    }

    public List<Variable> proposeVariables(List<ConfigurationFile> files) {
        return extractor.propose(files);
    }

    public PublishResult publish(String owner, String slug, VersionDraft draft, boolean dryRun, Actor actor) {
        ConfigurationEntity configuration = ConfigurationEntity.find(owner, slug);
        if (configuration == null) {
            throw new NotFoundException("There is no configuration " + owner + "/" + slug + ".");
        }
        publishers.require(actor, configuration.owner);
        SemanticVersion number = SemanticVersion.parse(draft.version() == null ? "" : draft.version().strip())
                .orElseThrow(() -> InvalidInputException.of("version", "semver", "must be a semantic version such as "
                        + "1.2.0 (MAJOR.MINOR.PATCH, see semver.org)"));
        if (draft.changelog() != null && draft.changelog().length() > DraftRules.MAX_CHANGELOG) {
            throw InvalidInputException.of("changelog", "max_length", "must be at most " + DraftRules.MAX_CHANGELOG
                    + " characters", DraftRules.MAX_CHANGELOG);
        }
        List<ConfigurationFile> files = draft.files() == null ? List.of() : List.copyOf(draft.files());
        Checked checked = check(files, draft.variables());
        // the lock comes after the checks, which may take a while, and before the comparison with the last version
        entities.lock(configuration, LockModeType.PESSIMISTIC_WRITE);
        entities.refresh(configuration);
        if (configuration.latestVersion != null) {
            SemanticVersion last = SemanticVersion.parse(configuration.latestVersion).orElseThrow();
            if (number.compareTo(last) <= 0) {
                throw InvalidInputException.of("version", "not_greater", "must be greater than the last version, "
                        + last + " (by SemVer precedence)", last.toString());
            }
        }
        String hash = ContentHash.of(files);
        if (dryRun) {
            return new PublishResult(number.toString(), hash, checked.variables(), checked.warnings(), false);
        }
        store(configuration, number.toString(), draft.changelog(), files, hash, checked, actor);
        return new PublishResult(number.toString(), hash, checked.variables(), checked.warnings(), true);
    }

    /** A version's files checked, and its manifest (given, or proposed from the files). */
    record Checked(List<Variable> variables, List<Finding> warnings) {
    }

    private Checked check(List<ConfigurationFile> files, List<Variable> given) {
        List<Finding> fileFindings = FileSetRules.check(files, limits());
        if (fileFindings.stream().anyMatch(Finding::blocks)) {
            // nothing else is worth reading in files that cannot be part of a version
            throw new PublishRefusedException(fileFindings);
        }
        List<Finding> findings = new ArrayList<>(fileFindings);
        findings.addAll(scanner.scan(files));
        List<Variable> variables = given == null ? extractor.propose(files) : List.copyOf(given);
        findings.addAll(lint.lint(files, variables));
        if (findings.stream().anyMatch(Finding::blocks)) {
            throw new PublishRefusedException(findings);
        }
        return new Checked(variables, List.copyOf(findings));
    }

    VersionEntity store(ConfigurationEntity configuration, String number, String changelog,
            List<ConfigurationFile> files, String hash, Checked checked, Actor actor) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        VersionEntity version = new VersionEntity();
        version.configurationId = configuration.id;
        version.number = number;
        version.sequence = configuration.versionsCount + 1;
        version.changelog = changelog == null ? "" : changelog;
        version.contentHash = hash;
        version.variables = checked.variables();
        version.warnings = checked.warnings();
        version.fileCount = files.size();
        version.totalBytes = files.stream().mapToLong(f -> f.content().getBytes(StandardCharsets.UTF_8).length).sum();
        version.authorSubject = actor.subject();
        version.authorName = Publishers.nameOf(actor);
        version.publishedAt = now;
        version.persist();
        for (ConfigurationFile file : files) {
            VersionFileEntity row = new VersionFileEntity();
            row.versionId = version.id;
            row.path = file.path();
            row.content = file.content();
            row.persist();
        }
        configuration.latestVersion = number;
        configuration.versionsCount = version.sequence;
        configuration.updatedAt = now;
        publicContent.changed();
        return version;
    }
}
