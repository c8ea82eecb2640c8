package st.libreho.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.entry;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import st.libreho.platform.Actor;

/**
 * A service names the registry configuration it runs as {@code owner/slug@version}: its member page links it, and
 * the registry finds it through the facade; free text stays free text.
 */
@QuarkusTest
class ServicesRunningTest {

    @Inject
    Directory directory;

    @Test
    void aReferenceIsParsedOnlyInItsForm() {
        assertEquals(Optional.of(new RegistryReference("tiriad", "bonfire", "1.1.0")),
                RegistryReference.parse(" tiriad/bonfire@1.1.0 "));
        assertEquals(Optional.of(new RegistryReference("tiriad", "bonfire", null)),
                RegistryReference.parse("tiriad/bonfire"));
        assertEquals("/registry/tiriad/bonfire/versions/1.1.0",
                RegistryReference.parse("tiriad/bonfire@1.1.0").orElseThrow().href());
        for (String free : List.of("our own ansible", "https://example.org/x", "a/b/c", "Tiriad/Bonfire", "")) {
            assertTrue(RegistryReference.parse(free).isEmpty(), free);
        }
    }

    @Test
    void theServicesNamingAConfigurationAreFoundAndTheirPageLinksIt() {
        String owner = uniqueSlug("runs");
        String slug = uniqueSlug("bonfire");
        directory.createFoundingMember(owner, entry("Runs Bonfire", "FR", "runs@example.org", "fr"), Actor.platform());
        directory.addService(owner, service("Social", owner + "/" + slug + "@1.1.0"), Actor.platform());
        directory.addService(owner, service("Other", owner + "/" + slug + "-two@1.0.0"), Actor.platform());
        directory.addService(owner, service("Free text", "our own ansible"), Actor.platform());

        List<ServiceReference> found = directory.servicesRunning(owner, slug);

        assertEquals(1, found.size(), found.toString());
        assertEquals("Social", found.get(0).serviceName());
        assertEquals(owner, found.get(0).organisation());
        given().get("/members/" + owner).then().statusCode(200)
                .body(containsString("href=\"/registry/" + owner + "/" + slug + "/versions/1.1.0\""))
                .body(containsString("our own ansible"));
    }

    private static ServiceDetails service(String name, String reference) {
        return new ServiceDetails(name, ServiceCategory.SOCIAL_NETWORK, "https://social.example.org", "Bonfire",
                "AGPL-3.0-only", "https://github.com/bonfire-networks/bonfire-app", Registration.OPEN,
                PriceModel.FREE, true, false, true, List.of("fr"), reference);
    }
}
