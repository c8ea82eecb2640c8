package st.libreho.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;
import static st.libreho.registry.RegistryFixtures.MEMBER;
import static st.libreho.registry.RegistryFixtures.OTHER;
import static st.libreho.registry.RegistryFixtures.bonfire;
import static st.libreho.registry.RegistryFixtures.bonfireFiles;
import static st.libreho.registry.RegistryFixtures.withLineAdded;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.platform.InvalidInputException;

/**
 * The story: a member publishes the Bonfire recipe; another member clones it; the owner publishes 1.1.0; the
 * clone is one version behind and the diff shows what changed; a person downloads a bundle whose .env holds their
 * values and freshly generated secrets.
 */
@QuarkusTest
class CloneAndReplicateTest {

    @Inject
    Registry registry;

    @Inject
    Directory directory;

    private RegistryFixtures.Organisations organisations;
    private String slug;

    @BeforeEach
    void bonfirePublished() {
        organisations = RegistryFixtures.organisations(directory);
        slug = uniqueSlug("bonfire");
        registry.create(bonfire(organisations.owner(), slug), MEMBER);
        registry.publish(organisations.owner(), slug, new VersionDraft("1.0.0", "First.", bonfireFiles(), null),
                false, MEMBER);
    }

    @Test
    void aCloneRemembersItsParentAndCountsTheVersionsItIsBehind() {
        ConfigurationView clone = registry.cloneVersion(organisations.owner(), slug, "1.0.0", organisations.other(),
                null, OTHER);
        String parentHash = registry.version(organisations.owner(), slug, "1.0.0").orElseThrow().contentHash();
        assertEquals(organisations.other(), clone.owner());
        assertEquals(slug, clone.slug());
        assertEquals(new ConfigurationLink(organisations.owner(), slug, "Bonfire on Co-op Cloud", "1.0.0", parentHash),
                clone.parent());
        assertEquals(0, clone.behind());
        assertEquals(parentHash, registry.version(clone.owner(), clone.slug(), "1.0.0").orElseThrow().contentHash());

        registry.publish(organisations.owner(), slug, new VersionDraft("1.1.0", "Backups.",
                withLineAdded(bonfireFiles(), "compose.yml", "# backups every night"), null), false, MEMBER);

        ConfigurationView later = registry.configuration(clone.owner(), clone.slug(), null).orElseThrow();
        assertEquals(1, later.behind());
        assertTrue(registry.configuration(organisations.owner(), slug, null).orElseThrow().clones().stream()
                .anyMatch(link -> link.owner().equals(organisations.other())));

        VersionComparison diff = registry.diff(organisations.owner(), slug, "1.0.0", "1.1.0");
        assertEquals(1, diff.changes().size());
        assertEquals("compose.yml", diff.changes().get(0).path());
        assertTrue(diff.unified().contains("+# backups every night"), diff.unified());
    }

    @Test
    void nobodyClonesIntoAnOrganisationTheyDoNotSpeakFor() {
        assertThrows(io.quarkus.security.ForbiddenException.class, () -> registry.cloneVersion(
                organisations.owner(), slug, "1.0.0", organisations.other(), null, MEMBER));
    }

    @Test
    void aBundleHoldsTheFilesAndAnEnvWithTheValuesGivenAndSecretsGenerated() throws IOException {
        List<Variable> variables = registry.version(organisations.owner(), slug, "1.0.0").orElseThrow().variables();
        // every required value given, every secret generated
        Map<String, String> values = new HashMap<>();
        variables.stream().filter(v -> v.required() && !v.secret()).forEach(v -> values.put(v.name(), "given-"
                + v.name().toLowerCase(java.util.Locale.ROOT)));
        values.put("DOMAIN", "social.example.org");
        Set<String> generate = variables.stream().filter(Variable::secret).map(Variable::name)
                .collect(java.util.stream.Collectors.toSet());
        String secret = generate.stream().sorted().findFirst().orElse(null);

        byte[] tarGz = registry.bundle(organisations.owner(), slug, "1.0.0", values, generate, BundleFormat.TAR_GZ);
        Map<String, String> files = untar(tarGz);
        assertTrue(files.keySet().containsAll(RegistryFixtures.BONFIRE_FILES), files.keySet().toString());
        String env = files.get(".env");
        assertTrue(env.contains("DOMAIN=") && env.contains("social.example.org"), env);
        if (secret != null) {
            assertTrue(env.lines().anyMatch(line -> line.startsWith(secret + "=") && line.length() > secret.length()
                    + 8), "a generated secret");
        }

        Map<String, String> zipped = unzip(registry.bundle(organisations.owner(), slug, "1.0.0", values, generate,
                BundleFormat.ZIP));
        assertEquals(files.get("compose.yml"), zipped.get("compose.yml"));
    }

    @Test
    void aBundleWithoutARequiredValueNamesIt() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> registry.bundle(
                organisations.owner(), slug, "1.0.0", Map.of(), Set.of(), BundleFormat.TAR_GZ));
        assertTrue(refused.problems().stream().anyMatch(p -> p.field().equals("values.DOMAIN")),
                refused.problems().toString());
    }

    static Map<String, String> untar(byte[] archive) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new GZIPInputStream(new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile()) {
                    files.put(entry.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    static Map<String, String> unzip(byte[] archive) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
