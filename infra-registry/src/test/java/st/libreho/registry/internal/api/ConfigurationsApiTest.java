package st.libreho.registry.internal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import st.libreho.directory.Directory;
import st.libreho.platform.testing.DevSignIn;
import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.RegistryFixtures;

/**
 * The registry's API as a member's CI uses it: share a configuration, publish versions as JSON or as an archive
 * (dry run first), read, diff, clone and bundle; refusals are 422 with findings that never echo a secret.
 */
@QuarkusTest
class ConfigurationsApiTest {

    @Inject
    Directory directory;

    private RegistryFixtures.Organisations organisations;
    private String slug;

    @BeforeEach
    void aConfiguration() {
        organisations = RegistryFixtures.organisations(directory);
        slug = uniqueSlug("bonfire");
        as("member").contentType(ContentType.JSON).body(configuration(organisations.owner(), slug, "AGPL-3.0-only"))
                .post("/api/v1/configurations").then().statusCode(201)
                .header("Location", containsString("/api/v1/configurations/" + organisations.owner() + "/" + slug));
    }

    static RequestSpecification as(String user) {
        RequestSpecification request = given();
        return user == null ? request
                : request.auth().oauth2(DevSignIn.accessToken(user, "operator".equals(user) ? "operator" : "user"));
    }

    static Map<String, Object> configuration(String owner, String slug, String licence) {
        Map<String, Object> body = new HashMap<>();
        body.put("owner", owner);
        body.put("slug", slug);
        body.put("title", "Bonfire");
        body.put("software", Map.of("name", "Bonfire", "sourceUrl", "https://github.com/bonfire-networks/bonfire-app",
                "licence", licence));
        body.put("format", "DOCKER_COMPOSE");
        body.put("tags", List.of("fediverse"));
        body.put("status", "PRODUCTION");
        body.put("readme", "# Bonfire");
        return body;
    }

    static Map<String, Object> version(String number, List<ConfigurationFile> files) {
        List<Map<String, String>> given = new ArrayList<>();
        files.forEach(file -> given.add(Map.of("path", file.path(), "content", file.content())));
        return Map.of("version", number, "changelog", "Changes of " + number, "files", given);
    }

    private String versions() {
        return "/api/v1/configurations/" + organisations.owner() + "/" + slug + "/versions";
    }

    @Test
    void aDryRunAnswers200AndStoresNothingThenThePublicationIs201WithItsHash() {
        Map<String, Object> body = version("1.0.0", RegistryFixtures.bonfireFiles());
        as("member").contentType(ContentType.JSON).body(body).post(versions() + "?dryRun=true").then()
                .statusCode(200).body("contentHash", startsWith("sha256:"));
        as(null).get("/api/v1/configurations/" + organisations.owner() + "/" + slug).then().statusCode(200)
                .body("versions", hasSize(0));

        String hash = as("member").contentType(ContentType.JSON).body(body).post(versions()).then().statusCode(201)
                .body("version", equalTo("1.0.0")).extract().path("contentHash");
        as(null).get(versions() + "/1.0.0").then().statusCode(200).body("contentHash", equalTo(hash))
                .body("files.path", hasItem("compose.yml")).body("variables.name", hasItem("DOMAIN"));
    }

    @Test
    void aPastedKeyIsA422NamingFileLineAndRuleWithoutItsValue() {
        String key = "AKIA" + "QX7ZP3LMN2RT5VWB";
        Response refused = as("member").contentType(ContentType.JSON)
                .body(version("1.0.0", RegistryFixtures.withLineAdded(RegistryFixtures.bonfireFiles(), "compose.yml",
                        "# AWS_ACCESS_KEY_ID=" + key)))
                .post(versions());
        refused.then().statusCode(422).body("findings.kind", hasItem("SECRET"))
                .body("findings.file", hasItem("compose.yml")).body(not(containsString(key)));
        as(null).get("/api/v1/configurations/" + organisations.owner() + "/" + slug).then()
                .body("versions", hasSize(0));
    }

    @Test
    void anArchiveIsPublishedAndAZipSlipEntryIsRefusedNamingIt() throws IOException {
        as("member").contentType("application/zip").body(zip(RegistryFixtures.bonfireFiles(), null))
                .post(versions() + "?version=1.0.0&changelog=From%20CI").then().statusCode(201)
                .body("contentHash", startsWith("sha256:"));

        as("member").contentType("application/zip").body(zip(RegistryFixtures.bonfireFiles(), "../../etc/cron.d/x"))
                .post(versions() + "?version=1.1.0").then().statusCode(422)
                .body("findings.kind", hasItem("FILE")).body(containsString("cron.d"));
    }

    @Test
    void badFieldsAre422AndEachIsNamed() {
        Map<String, Object> bad = configuration(organisations.owner(), "Not A Slug", "SSPL-1.0");
        bad.put("format", "FLOPPY");
        as("member").contentType(ContentType.JSON).body(bad).post("/api/v1/configurations").then().statusCode(422)
                .body("errors.field", hasItem("format"));
        bad.put("format", "NIX");
        as("member").contentType(ContentType.JSON).body(bad).post("/api/v1/configurations").then().statusCode(422)
                .body("errors.field", hasItem("slug")).body("errors.field", hasItem("software.licence"));
    }

    @Test
    void whoMayWrite() {
        Map<String, Object> body = version("1.0.0", RegistryFixtures.bonfireFiles());
        as(null).contentType(ContentType.JSON).body(body).post(versions()).then().statusCode(401);
        as("person").contentType(ContentType.JSON).body(body).post(versions()).then().statusCode(403);
        as("delegate").contentType(ContentType.JSON).body(body).post(versions()).then().statusCode(403);
        as("operator").contentType(ContentType.JSON).body(body).post(versions()).then().statusCode(201);
    }

    @Test
    void diffCloneAndBundle() {
        as("member").contentType(ContentType.JSON).body(version("1.0.0", RegistryFixtures.bonfireFiles()))
                .post(versions()).then().statusCode(201);
        as("delegate").contentType(ContentType.JSON)
                .body(Map.of("version", "1.0.0", "into", organisations.other()))
                .post("/api/v1/configurations/" + organisations.owner() + "/" + slug + "/clone").then()
                .statusCode(201).body("parent.version", equalTo("1.0.0")).body("behind", equalTo(0));
        as("member").contentType(ContentType.JSON).body(version("1.1.0", RegistryFixtures.withLineAdded(
                RegistryFixtures.bonfireFiles(), "compose.yml", "# nightly backups"))).post(versions()).then()
                .statusCode(201);

        as(null).get("/api/v1/configurations/" + organisations.other() + "/" + slug).then().statusCode(200)
                .body("behind", equalTo(1));
        String base = "/api/v1/configurations/" + organisations.owner() + "/" + slug;
        as(null).get(base + "/diff?from=1.0.0&to=1.1.0").then().statusCode(200)
                .body("changes.path", hasItem("compose.yml"));
        as(null).accept("text/x-diff").get(base + "/diff?from=1.0.0&to=1.1.0").then().statusCode(200)
                .body(containsString("+# nightly backups"));

        byte[] bundle = as(null).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("DOMAIN", "social.example.org", "STACK_NAME", "social",
                        "PG_BACKUP_VERSION", "v1"), "generate", List.of("ERLANG_COOKIE"), "format", "zip"))
                .post(base + "/versions/1.1.0/bundle").then().statusCode(200).contentType("application/zip")
                .header("Cache-Control", containsString("no-store")).extract().asByteArray();
        assertTrue(bundle.length > 100);
        as(null).contentType(ContentType.JSON).body(Map.of("values", Map.of()))
                .post(base + "/versions/1.1.0/bundle").then().statusCode(422)
                .body("errors.field", hasItem("values.DOMAIN"));
    }

    static byte[] zip(List<ConfigurationFile> files, String extraPath) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ConfigurationFile file : files) {
                zip.putNextEntry(new ZipEntry(file.path()));
                zip.write(file.content().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            if (extraPath != null) {
                zip.putNextEntry(new ZipEntry(extraPath));
                zip.write("* * * * * root true\n".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
