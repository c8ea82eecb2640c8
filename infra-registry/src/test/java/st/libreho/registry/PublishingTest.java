package st.libreho.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;
import static st.libreho.registry.RegistryFixtures.MEMBER;
import static st.libreho.registry.RegistryFixtures.OPERATOR;
import static st.libreho.registry.RegistryFixtures.OTHER;
import static st.libreho.registry.RegistryFixtures.PERSON;
import static st.libreho.registry.RegistryFixtures.bonfire;
import static st.libreho.registry.RegistryFixtures.bonfireFiles;
import static st.libreho.registry.RegistryFixtures.withLineAdded;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.platform.InvalidInputException;

/**
 * Sharing and publishing through the facade: the Bonfire recipe publishes with its proposed manifest and no finding
 * but a warning; a pasted credential, a version not greater than the last, a licence that is not free are refused and
 * store nothing; only the owner's delegates (and operators) write.
 */
@QuarkusTest
class PublishingTest {

    @Inject
    Registry registry;

    @Inject
    Directory directory;

    private RegistryFixtures.Organisations organisations;
    private String slug;

    @BeforeEach
    void twoMemberOrganisations() {
        organisations = RegistryFixtures.organisations(directory);
        slug = uniqueSlug("bonfire");
        registry.create(bonfire(organisations.owner(), slug), MEMBER);
    }

    @Test
    void theBonfireRecipePublishesWithItsProposedVariablesAndOnlyAWarning() {
        PublishResult published = registry.publish(organisations.owner(), slug,
                new VersionDraft("1.0.0", "First.", bonfireFiles(), null), false, MEMBER);

        assertTrue(published.stored());
        assertTrue(published.contentHash().matches("sha256:[0-9a-f]{64}"), published.contentHash());
        Variable domain = published.variables().stream().filter(v -> v.name().equals("DOMAIN")).findFirst()
                .orElseThrow();
        assertTrue(domain.required());
        assertTrue(published.warnings().stream().noneMatch(Finding::blocks));
        assertTrue(published.warnings().stream().anyMatch(w -> w.kind() == FindingKind.SECRET
                && w.message().contains("ERLANG_COOKIE")), published.warnings().toString());

        VersionView version = registry.version(organisations.owner(), slug, "1.0.0").orElseThrow();
        assertEquals(published.contentHash(), version.contentHash());
        assertEquals(3, version.files().size());
        assertTrue(version.latest());
        ConfigurationView view = registry.configuration(organisations.owner(), slug, null).orElseThrow();
        assertEquals(List.of("fediverse", "social"), view.tags());
        assertTrue(view.readmeHtml().contains("<em>Docker Swarm</em>"), view.readmeHtml());
    }

    @Test
    void theSameFilesGiveTheSameHashInADryRunThatStoresNothing() {
        PublishResult dry = registry.publish(organisations.owner(), slug,
                new VersionDraft("1.0.0", "", bonfireFiles(), null), true, MEMBER);
        assertFalse(dry.stored());
        assertTrue(registry.configuration(organisations.owner(), slug, null).orElseThrow().versions().isEmpty());

        PublishResult real = registry.publish(organisations.owner(), slug,
                new VersionDraft("1.0.0", "", bonfireFiles(), null), false, MEMBER);
        assertEquals(dry.contentHash(), real.contentHash());
    }

    @Test
    void aPastedCredentialIsRefusedAtItsLineMaskedAndNothingIsStored() {
        String token = "glpat-" + "Xk3Lq9VbT2mZr8Wy4NpA";
        List<ConfigurationFile> files = withLineAdded(bonfireFiles(), ".env.sample", "GITLAB_TOKEN=" + token);
        int line = (int) files.stream().filter(f -> f.path().equals(".env.sample")).findFirst().orElseThrow()
                .content().lines().count();

        PublishRefusedException refused = assertThrows(PublishRefusedException.class, () -> registry.publish(
                organisations.owner(), slug, new VersionDraft("1.0.0", "", files, null), false, MEMBER));

        Finding secret = refused.findings().stream().filter(Finding::blocks).findFirst().orElseThrow();
        assertEquals(FindingKind.SECRET, secret.kind());
        assertEquals(".env.sample", secret.file());
        assertEquals(line, secret.line());
        assertTrue(refused.findings().stream().noneMatch(f -> f.message().contains(token)));
        assertFalse(refused.getMessage().contains(token));
        assertTrue(registry.configuration(organisations.owner(), slug, null).orElseThrow().versions().isEmpty());
    }

    @Test
    void aVersionMustBeGreaterThanTheLastBySemVerPrecedence() {
        registry.publish(organisations.owner(), slug, new VersionDraft("1.2.0", "", bonfireFiles(), null), false,
                MEMBER);

        for (String notGreater : List.of("1.2.0", "1.1.9", "1.2.0-rc.1", "1.2.0+build.5")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> registry.publish(
                    organisations.owner(), slug, new VersionDraft(notGreater, "", bonfireFiles(), null), false,
                    MEMBER), notGreater);
            assertEquals("version", refused.problems().get(0).field());
        }
        InvalidInputException notSemVer = assertThrows(InvalidInputException.class, () -> registry.publish(
                organisations.owner(), slug, new VersionDraft("v2", "", bonfireFiles(), null), false, MEMBER));
        assertEquals("version", notSemVer.problems().get(0).field());
        assertNotNull(registry.publish(organisations.owner(), slug,
                new VersionDraft("1.10.0", "", bonfireFiles(), null), false, MEMBER));
    }

    @Test
    void aLicenceThatIsNotFreeSoftwareIsRefusedWithTheReason() {
        ConfigurationDraft sspl = new ConfigurationDraft(organisations.owner(), uniqueSlug("mongo"), "MongoDB",
                new Software("MongoDB", "https://github.com/mongodb/mongo", "SSPL-1.0"),
                ConfigurationFormat.DOCKER_COMPOSE, List.of(), ConfigurationStatus.EXPERIMENTAL, "");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> registry.create(sspl, MEMBER));

        assertEquals("software.licence", refused.problems().get(0).field());
        assertTrue(refused.problems().get(0).message().contains("SSPL-1.0"), refused.problems().toString());
    }

    @Test
    void onlyTheOwnersDelegatesAndOperatorsWrite() {
        VersionDraft draft = new VersionDraft("1.0.0", "", bonfireFiles(), null);
        assertThrows(UnauthorizedException.class,
                () -> registry.publish(organisations.owner(), slug, draft, false, null));
        assertThrows(ForbiddenException.class,
                () -> registry.publish(organisations.owner(), slug, draft, false, PERSON));
        assertThrows(ForbiddenException.class,
                () -> registry.publish(organisations.owner(), slug, draft, false, OTHER));
        assertThrows(ForbiddenException.class,
                () -> registry.create(bonfire(organisations.owner(), uniqueSlug("nope")), OTHER));

        assertTrue(registry.publish(organisations.owner(), slug, draft, false, OPERATOR).stored());
        assertTrue(registry.configuration(organisations.owner(), slug, MEMBER).orElseThrow().readerMayPublish());
        assertFalse(registry.configuration(organisations.owner(), slug, OTHER).orElseThrow().readerMayPublish());
    }
}
