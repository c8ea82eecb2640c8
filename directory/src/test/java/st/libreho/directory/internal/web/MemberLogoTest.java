package st.libreho.directory.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.details;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntPredicate;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.OrganisationView;
import st.libreho.platform.Actor;

/**
 * A member's logo is fetched once from the entry's address and served by the platform: visitors' browsers never ask
 * the member's site for it. The tests serve the images from a local server (the test profile allows local addresses).
 */
@QuarkusTest
class MemberLogoTest {

    @Inject
    Directory directory;

    HttpServer server;
    String slug;

    @BeforeEach
    void aMemberAndAnImageServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] photo = jpeg(800, 400);
        server.createContext("/logo.jpg", exchange -> {
            // a server that says it sends HTML: the type is read from the bytes
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, photo.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(photo);
            }
        });
        server.createContext("/logo.svg", exchange -> {
            byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes();
            exchange.getResponseHeaders().set("Content-Type", "image/svg+xml");
            exchange.sendResponseHeaders(200, svg.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(svg);
            }
        });
        server.start();
        slug = uniqueSlug("logo");
        directory.createFoundingMember(slug, details("Logo " + slug, "logo@" + slug + ".example"), Actor.platform());
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg", out);
        return out.toByteArray();
    }

    private String address(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void setLogo(String url) {
        OrganisationView current = directory.profile(slug).orElseThrow().organisation();
        OrganisationDetails d = current.details();
        directory.update(slug, new OrganisationDetails(d.name(), d.tagline(), d.description(), d.legalStructure(),
                d.foundingYear(), d.country(), d.region(), d.languages(), url, d.homeUrl(), d.servicesPageUrl(),
                d.termsOfServiceUrl(), d.accountPolicyUrl(), d.privacyPolicyUrl(), d.economicModelUrl(),
                d.contactEmail(), d.contactUrl()), current.version(), Actor.platform());
    }

    /** The logo is fetched after the save, away from it: wait, within a bound, for its answer to be the expected one. */
    private int logoStatusOnceItIs(IntPredicate expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        int status;
        do {
            status = given().get("/members/" + slug + "/logo").statusCode();
            if (expected.test(status)) {
                return status;
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        return status;
    }

    @Test
    void theLogoIsStoredSmallAndServedByThePlatform() throws Exception {
        setLogo(address("/logo.jpg"));

        assertEquals(200, logoStatusOnceItIs(status -> status == 200));
        byte[] png = given().get("/members/" + slug + "/logo").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        BufferedImage logo = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(256, logo.getWidth());
        given().get("/members/" + slug).then()
                .body(containsString("<img class=\"logo\" src=\"/members/" + slug + "/logo\" alt=\"Logo of Logo "))
                .body(not(containsString(address("/logo.jpg"))));
    }

    @Test
    void anAddressThatGivesNoUsableImageLeavesNoLogo() throws Exception {
        setLogo(address("/logo.jpg"));
        assertEquals(200, logoStatusOnceItIs(status -> status == 200));

        setLogo(address("/logo.svg"));

        assertEquals(404, logoStatusOnceItIs(status -> status == 404), "an SVG is never served");
        given().get("/members/" + slug).then().body(not(containsString("class=\"logo\"")));
    }

    @Test
    void anEntryWithoutALogoHasNone() {
        given().get("/members/" + slug + "/logo").then().statusCode(404);
        assertTrue(directory.logo(slug).isEmpty());
    }
}
