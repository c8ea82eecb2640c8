package st.libreho.registry.internal.publish;

import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.registry.BundleFormat;
import st.libreho.registry.VersionComparison;
import st.libreho.registry.internal.files.Bundles;
import st.libreho.registry.internal.files.EnvFile;
import st.libreho.registry.internal.files.EnvResult;
import st.libreho.registry.internal.files.VersionDiff;
import st.libreho.registry.internal.store.ConfigurationEntity;
import st.libreho.registry.internal.store.VersionEntity;

/**
 * What a person takes away to run a service: a version's files with a {@code .env} of their values, and what changed
 * between two versions. The values are never stored nor logged: they live in this request only.
 */
@ApplicationScoped
public class Replication {

    private final Configurations configurations;
    private final SecureRandom random = new SecureRandom();

    public Replication(Configurations configurations) {
        this.configurations = configurations;
    }

    public byte[] bundle(String owner, String slug, String number, Map<String, String> values, Set<String> generate,
            BundleFormat format) {
        ConfigurationEntity configuration = configurations.existing(owner, slug);
        VersionEntity version = existingVersion(configuration, number, "version");
        EnvResult env = EnvFile.render(version.variables, values == null ? Map.of() : values,
                generate == null ? Set.of() : generate, random);
        List<FieldProblem> problems = new ArrayList<>();
        env.missingRequired().forEach(name -> problems.add(FieldProblem.of("values." + name, "required",
                "is required: " + name + " has no default", name)));
        env.unknown().forEach(name -> problems.add(FieldProblem.of("values." + name, "unknown",
                "is not a variable of version " + version.number, name)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Bundles.write(Configurations.files(version), env.text(), format, out);
        return out.toByteArray();
    }

    /** What changed from one version of a configuration to another (either may be the older). */
    public VersionComparison diff(String owner, String slug, String from, String to) {
        ConfigurationEntity configuration = configurations.existing(owner, slug);
        VersionEntity older = existingVersion(configuration, from, "from");
        VersionEntity newer = existingVersion(configuration, to, "to");
        VersionDiff diff = VersionDiff.between(Configurations.files(older), Configurations.files(newer));
        return new VersionComparison(older.number, newer.number, diff.changes().stream()
                .map(change -> new VersionComparison.FileChange(change.path(), change.kind().name(),
                        change.unifiedDiff(), change.additions(), change.deletions()))
                .toList(), diff.unified());
    }

    private static VersionEntity existingVersion(ConfigurationEntity configuration, String number, String field) {
        if (number == null || number.isBlank()) {
            throw InvalidInputException.of(field, "required", "is required: a version number");
        }
        VersionEntity version = Configurations.versionOf(configuration, number);
        if (version == null) {
            throw new NotFoundException(configuration.owner + "/" + configuration.slug + " has no version "
                    + number.strip() + ".");
        }
        return version;
    }
}
