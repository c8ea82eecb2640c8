package st.libreho.directory.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import jakarta.inject.Inject;

import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.directory.testing.DirectoryFixtures;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.Browser;

/** A delegate signed in on the site downloads all their organisation's data; nobody else does. */
@QuarkusTest
class ExportDownloadTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    @Test
    void theDelegateDownloadsTheExportAndOthersAreRefused() throws Exception {
        String slug = DirectoryFixtures.uniqueSlug("export");
        directory.createFoundingMember(slug, DirectoryFixtures.details("Export " + slug, "delegate@example.com"),
                Actor.platform());

        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            Page download = browser.getPage(new URL(root, "/members/" + slug + "/export"));
            assertEquals(200, download.getWebResponse().getStatusCode());
            assertTrue(download.getWebResponse().getResponseHeaderValue("Content-Disposition").contains("attachment"));
            String json = download.getWebResponse().getContentAsString();
            assertTrue(json.contains("\"delegation\"") && json.contains("delegate@example.com"), json);
        }
        try (WebClient browser = Browser.signedIn(root, "person")) {
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            Page refused = browser.getPage(new URL(root, "/members/" + slug + "/export"));
            assertEquals(403, refused.getWebResponse().getStatusCode());
        }
    }
}
