package st.libreho.directory.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.entry;
import static st.libreho.directory.testing.DirectoryFixtures.member;
import static st.libreho.directory.testing.DirectoryFixtures.offer;
import static st.libreho.directory.testing.DirectoryFixtures.service;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;
import static st.libreho.directory.testing.DirectoryFixtures.withTagline;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import st.libreho.directory.Commitment;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationStatus;
import st.libreho.directory.PriceModel;
import st.libreho.directory.Registration;
import st.libreho.directory.ServiceCategory;
import st.libreho.directory.ServiceView;
import st.libreho.directory.StatementState;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.Browser;
import st.libreho.platform.testing.SqlStatements;
import st.libreho.platform.web.Bundles;

/**
 * Public pages are kept for visitors who are not signed in (ADR 0009): answered again without the database, with
 * validators; forgotten as soon as anything they show changes, in every language; never holding what a signed-in
 * person sees.
 */
@QuarkusTest
class VisitorCacheTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DataSource dataSource;

    private final Actor platform = Actor.platform();

    private String newMember(String name) {
        String slug = uniqueSlug("kept");
        member(directory, slug, entry(name, "FR", "contact@example.org", "fr", "en"));
        return slug;
    }

    /**
     * A visit that asks for no compression (REST Assured otherwise accepts gzip, and a kept page is then sent
     * compressed, with its own tag), so that the bytes and tags of a rendering and of its kept copy compare.
     */
    private static Response visit(String path, String language) {
        return plainly().header("Accept-Language", language).get(path);
    }

    private static RequestSpecification plainly() {
        return given().config(
                RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    private long statementsOf(Runnable request) {
        return SqlStatements.countedDuring(sessionFactory, request);
    }

    @Test
    void aKeptPageIsAnsweredAgainWithoutTheDatabase() {
        String slug = newMember("Sureau");
        String path = "/members/" + slug;
        long first = statementsOf(() -> visit(path, "en").then().statusCode(200));
        long again = statementsOf(() -> visit(path, "en").then().statusCode(200)
                .body(containsString("Sureau")));

        assertTrue(first > 0, "the first visit reads the entry");
        assertEquals(0, again, "the second visit is answered from memory");
    }

    @Test
    void visitorsArrivingTogetherAfterAChangeWaitForOneRendering() throws Exception {
        visit("/directory/export.json", "en").then().statusCode(200);
        newMember("Houx");
        int visitors = 16;
        ExecutorService pool = Executors.newFixedThreadPool(visitors);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Integer>> visits = new ArrayList<>();
            for (int i = 0; i < visitors; i++) {
                visits.add(() -> {
                    start.await();
                    return visit("/directory/export.json", "en").statusCode();
                });
            }
            long statements = statementsOf(() -> {
                try {
                    List<Future<Integer>> answers = new ArrayList<>();
                    visits.forEach(visit -> answers.add(pool.submit(visit)));
                    start.countDown();
                    for (Future<Integer> answer : answers) {
                        assertEquals(200, answer.get());
                    }
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            });
            // the export reads four tables: one rendering (two, if a logo fetched meanwhile changed the directory)
            assertTrue(statements <= 8, statements + " statements for " + visitors + " visitors at once");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void publicPagesAnswerAStrongETagAnd304WhenItStillMatches() {
        String slug = newMember("Aulne");
        for (String path : List.of("/directory", "/services", "/members/" + slug, "/directory.json",
                "/members/" + slug + "/librehost.json", "/directory/export.json", "/directory/export.csv",
                "/api/v1/members?size=5")) {
            Response first = visit(path, "en");
            first.then().statusCode(200).header("ETag", startsWith("\""))
                    .header("Vary", containsString("Cookie")).header("Vary", containsString("Accept-Language"));
            String etag = first.getHeader("ETag");
            // the same bytes again, kept or rendered, have the same tag
            assertEquals(etag, visit(path, "en").getHeader("ETag"), path);

            plainly().header("Accept-Language", "en").header("If-None-Match", etag).get(path).then()
                    .statusCode(304).header("ETag", etag).body(emptyString());
            plainly().header("Accept-Language", "en").header("If-None-Match", "\"something-else\"").get(path).then()
                    .statusCode(200);
        }
    }

    @Test
    void aKeptPageSetsNoCookie() {
        // a shared cache in front would not keep a page that sets a cookie, and a visitor needs none to read
        String slug = newMember("Tremble");
        visit("/members/" + slug, "en");
        Response kept = visit("/members/" + slug, "en");
        assertEquals(null, kept.getHeader("Set-Cookie"), kept.getHeaders().toString());
    }

    @Test
    void aLargeKeptDocumentGoesOutWhole() {
        // kept bodies over 64 KB are written in slices as the connection takes them
        while (visit("/directory/export.json", "en").asByteArray().length < 3 * 64 * 1024) {
            for (int i = 0; i < 20; i++) {
                newMember("Volume " + i);
            }
        }
        byte[] rendered = visit("/directory/export.json", "en").asByteArray();
        Response kept = visit("/directory/export.json", "en");
        assertEquals(0, statementsOf(() -> visit("/directory/export.json", "en")), "served from memory");
        kept.then().statusCode(200).header("Content-Length", String.valueOf(rendered.length));
        assertTrue(java.util.Arrays.equals(rendered, kept.asByteArray()), "the same bytes as rendered");
    }

    @Test
    void aKeptTextIsSentCompressedToThoseWhoAcceptItWithItsOwnValidator() throws Exception {
        String slug = newMember("Sorbier");
        String path = "/members/" + slug;
        byte[] page = plainly().get(path).asByteArray();
        Response plain = plainly().get(path);
        Response compressed = given().header("Accept-Encoding", "gzip, deflate, br").get(path);

        compressed.then().statusCode(200).header("Content-Encoding", "gzip")
                .header("Vary", containsString("Accept-Encoding"));
        assertEquals(null, plain.getHeader("Content-Encoding"));
        // REST Assured unpacks gzip: the same page either way
        assertTrue(java.util.Arrays.equals(page, compressed.asByteArray()), "the same page, compressed");
        assertTrue(Integer.parseInt(compressed.getHeader("Content-Length")) < page.length / 2,
                compressed.getHeader("Content-Length") + " bytes sent for " + page.length);
        assertNotEquals(plain.getHeader("ETag"), compressed.getHeader("ETag"));
        // either tag still names the current page
        given().header("Accept-Encoding", "gzip").header("If-None-Match", plain.getHeader("ETag")).get(path).then()
                .statusCode(304);
        plainly().header("If-None-Match", compressed.getHeader("ETag")).get(path).then().statusCode(304);
        plainly().header("Accept-Encoding", "gzip;q=0").get(path).then().header("Content-Encoding", (String) null);
    }

    @Test
    void pagesAreRevalidatedAndFormatsMayBeReusedForAMinute() {
        visit("/directory", "en").then().header("Cache-Control", "no-cache");
        visit("/directory.json", "en").then().header("Cache-Control", "public, max-age=60");
        // a kept CSV download is still a download
        visit("/directory/export.csv", "en");
        visit("/directory/export.csv", "en").then().statusCode(200)
                .header("Content-Disposition", containsString("librehosters-directory.csv"))
                .contentType(containsString("text/csv"));
    }

    @Test
    void eachLanguageHasItsOwnKeptPage() {
        String slug = newMember("Frêne");
        visit("/members/" + slug, "en").then().header("Content-Language", "en")
                .body(containsString("<html lang=\"en\">"));
        visit("/members/" + slug, "fr").then().header("Content-Language", "fr")
                .body(containsString("<html lang=\"fr\">"));
        given().cookie("lang", "fr").header("Accept-Language", "en").get("/members/" + slug).then()
                .body(containsString("<html lang=\"fr\">"));
        assertNotEquals(visit("/members/" + slug, "en").getHeader("ETag"),
                visit("/members/" + slug, "fr").getHeader("ETag"));
    }

    /** Visits the pages in both languages (so they are kept), makes the change, and expects every page to show it. */
    private void showsAtOnce(String slug, Runnable change, String before, String after, String... paths) {
        for (String path : paths) {
            for (String language : List.of("en", "fr")) {
                visit(path, language).then().statusCode(200).body(containsString(before))
                        .body(not(containsString(after)));
            }
        }
        change.run();
        for (String path : paths) {
            for (String language : List.of("en", "fr")) {
                visit(path, language).then().statusCode(200).body(containsString(after));
            }
        }
    }

    @Test
    void aChangedEntryShowsAtOnceOnEveryPageThatShowsItInBothLanguages() {
        String slug = newMember("Charme");
        var current = directory.profile(slug).orElseThrow().organisation();
        showsAtOnce(slug,
                () -> directory.update(slug, withTagline(current.details(), "Hébergement de proximité"),
                        current.version(), platform),
                "Tagline of Charme", "Hébergement de proximité", "/members/" + slug, "/directory?q=Charme",
                "/members/" + slug + "/librehost.json", "/api/v1/members/" + slug, "/directory/export.json");
    }

    @Test
    void anAddedOrChangedServiceShowsAtOnce() {
        String slug = newMember("Cormier");
        ServiceView mail = offer(directory, slug, service("Cormier Mail", ServiceCategory.EMAIL, Registration.OPEN,
                PriceModel.FREE, "fr"));
        showsAtOnce(slug, () -> offer(directory, slug, service("Cormier Pads", ServiceCategory.PADS,
                Registration.OPEN, PriceModel.FREE, "fr")), "Cormier Mail", "Cormier Pads", "/members/" + slug,
                "/services?q=Cormier", "/api/v1/services?q=Cormier");
        showsAtOnce(slug, () -> directory.updateService(slug, mail.id(), renamed(mail, "Cormier Courriel"),
                mail.version(), platform), "Cormier Mail", "Cormier Courriel", "/members/" + slug,
                "/services?q=Cormier");
    }

    private static st.libreho.directory.ServiceDetails renamed(ServiceView service, String name) {
        var d = service.details();
        return new st.libreho.directory.ServiceDetails(name, d.category(), d.url(), d.softwareName(),
                d.softwareLicence(), d.softwareSourceUrl(), d.registration(), d.priceModel(), d.encryptionInTransit(),
                d.endToEndEncryption(), d.dataExport(), d.languages(), d.registryConfiguration());
    }

    @Test
    void aStatementShowsAtOnce() {
        String slug = newMember("Merisier");
        directory.putStatement(slug, Commitment.FREE_SOFTWARE, StatementState.WORKING_ON_IT, null, "Bientôt",
                platform);
        showsAtOnce(slug, () -> directory.putStatement(slug, Commitment.FREE_SOFTWARE, StatementState.MEETS, null,
                "Tout est libre depuis mars", platform), "Bientôt", "Tout est libre depuis mars",
                "/members/" + slug);
    }

    @Test
    void aStatusChangeShowsAtOnceInEachLanguagesWords() {
        String slug = newMember("Cornouiller");
        for (String language : List.of("en", "fr")) {
            visit("/members/" + slug, language).then().statusCode(200);
        }
        directory.changeStatus(slug, OrganisationStatus.LEAVING, platform);
        for (String language : List.of("en", "fr")) {
            String leaving = Bundles.of(DirectoryTerms.class, language).status(OrganisationStatus.LEAVING);
            visit("/members/" + slug, language).then().body(containsString(leaving));
        }
    }

    @Test
    void aDelegateSeesTheirManageBoxAsSoonAsTheyAreAddedAndAVisitorNeverDoes() throws Exception {
        String slug = newMember("Alisier");
        String path = "/members/" + slug;
        visit(path, "en").then().body(not(containsString("class=\"manage\"")));
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            assertFalse(Browser.open(browser, root, path).asXml().contains("class=\"manage\""));

            directory.addDelegate(slug, "delegate@example.com", platform);

            HtmlPage page = Browser.open(browser, root, path);
            assertTrue(page.asXml().contains("class=\"manage\""), "the new delegate may manage the entry");
            assertEquals("private, no-cache", page.getWebResponse().getResponseHeaderValue("Cache-Control"));
            assertEquals(null, page.getWebResponse().getResponseHeaderValue("ETag"));
        }
        // what the delegate saw was theirs alone
        visit(path, "en").then().statusCode(200).body(not(containsString("class=\"manage\"")));
        visit(path, "fr").then().statusCode(200).body(not(containsString("class=\"manage\"")));
    }

    @Test
    void aKeptPageIsNeverServedToASignedInPerson() throws Exception {
        String slug = newMember("Néflier");
        directory.addDelegate(slug, "delegate@example.com", platform);
        String path = "/members/" + slug;
        visit(path, "en").then().body(not(containsString("class=\"manage\"")));
        visit(path, "en").then().body(not(containsString("class=\"manage\"")));
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            browser.addRequestHeader("Accept-Language", "en");
            assertTrue(Browser.open(browser, root, path).asXml().contains("class=\"manage\""));
        }
    }

    @Test
    void aChangeCommittedByAnotherInstanceShowsWithinThePollInterval() throws Exception {
        String slug = newMember("Cognassier");
        String path = "/members/" + slug;
        visit(path, "en").then().body(containsString("Cognassier"));

        // another instance's transaction, without the counter: this instance cannot know, and keeps its page
        execute("UPDATE directory.organisation SET name = 'Cognassier du Japon' WHERE slug = ?", slug);
        visit(path, "en").then().body(not(containsString("Cognassier du Japon")));

        // the same change as another instance commits it: with the counter moved in the same transaction
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement name = connection.prepareStatement(
                    "UPDATE directory.organisation SET tagline = 'Renamed elsewhere' WHERE slug = ?");
                    PreparedStatement counter = connection.prepareStatement(
                            "UPDATE platform.public_content SET version = version + 1 WHERE id = 1")) {
                name.setString(1, slug);
                name.executeUpdate();
                counter.executeUpdate();
            }
            connection.commit();
        }
        awaitBody(path, body -> assertTrue(body.contains("Renamed elsewhere"), "the other instance's change"));
        visit(path, "fr").then().body(containsString("Cognassier du Japon"));
    }

    private void execute(String sql, String slug) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, slug);
            statement.executeUpdate();
        }
    }

    /** The watch reads the counter every 250 ms; a slow test machine is given ten seconds, not asserted on. */
    private static void awaitBody(String path, Consumer<String> expectation) throws InterruptedException {
        AssertionError last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                expectation.accept(visit(path, "en").asString());
                return;
            } catch (AssertionError notYet) {
                last = notYet;
                Thread.sleep(100);
            }
        }
        throw last;
    }

    @Test
    void theLanguageSwitchOnAKeptPageComesBackToThatPage() {
        String slug = newMember("Pommier");
        visit("/members/" + slug, "en");
        visit("/members/" + slug, "en").then()
                .body(containsString("href=\"/language?lang=fr&amp;back=%2Fmembers%2F" + slug + "\""));
        given().urlEncodingEnabled(false).redirects().follow(false).get("/language?lang=fr&back=%2Fmembers%2F" + slug)
                .then().statusCode(303)
                .header("Location", equalTo(root.toString().replaceAll("/$", "") + "/members/" + slug));
    }
}
