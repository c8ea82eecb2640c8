package st.libreho.web.errors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.directory.testing.DirectoryFixtures;
import st.libreho.platform.Actor;

/**
 * Every public page and API list, with each of its parameters spoilt in the ways an attacker or a broken link
 * spoils them: a NUL character, half of a character, an absurd number, a value no filter knows, a broken percent
 * escape. None may answer with a server error. The requests are written by hand on a socket, since HTTP clients
 * refuse to send a broken escape.
 */
@QuarkusTest
class HostileParametersCrawlTest {

    private static final List<String> PARAMETERS = List.of("q", "category", "language", "country", "open", "price",
            "page", "size");

    private static final List<String> SPOILT = List.of("%00", "abc%00", "%ED%A0%80", "%C3", "%ZZ",
            "99999999999999999999", "-1", "0", "no-such-value", "%E2%80%AE", "%22%3E%3Cscript%3E");

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    String slug;

    @BeforeEach
    void aMember() {
        slug = DirectoryFixtures.uniqueSlug("crawl");
        directory.createFoundingMember(slug, DirectoryFixtures.details("Crawl " + slug, "crawl@" + slug + ".example"),
                Actor.platform());
    }

    private List<String> paths() {
        String member = "/members/" + slug;
        return List.of("/", "/directory", "/services", "/directory.json", "/directory/export.json",
                "/directory/export.csv", member, member + "/history", member + "/librehost.json", "/api/v1/members",
                "/api/v1/services", "/api/v1/commitments", "/api/v1" + member, "/api/v1" + member + "/history");
    }

    @Test
    void noSpoiltParameterOfAnyPublicPageOrListIsAServerError() {
        List<String> failures = new ArrayList<>();
        for (String path : paths()) {
            for (String parameter : PARAMETERS) {
                for (String value : SPOILT) {
                    String url = path + "?" + parameter + "=" + value;
                    int status = status(url);
                    if (status >= 500) {
                        failures.add(status + " " + url);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void noSpoiltPathIsAServerError() {
        List<String> failures = new ArrayList<>();
        for (String value : SPOILT) {
            for (String url : List.of("/members/" + value, "/members/" + value + "/history",
                    "/members/" + value + "/librehost.json", "/api/v1/members/" + value,
                    "/api/v1/members/" + slug + "/services/" + value, "/kb/" + value)) {
                int status = status(url);
                if (status >= 500) {
                    failures.add(status + " " + url);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** The status of a GET of this request target, sent as it is. */
    private int status(String target) {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        } catch (IOException e) {
            throw new AssertionError("no answer to " + target, e);
        }
    }
}
