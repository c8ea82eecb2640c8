package st.libreho.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.directory.Registration;
import st.libreho.directory.testing.DirectoryFixtures;
import st.libreho.platform.Actor;

/**
 * A French-speaking visitor, in a real browser (Debian's Chromium), finds a member offering open-registration
 * e-mail in French from the home page in two clicks.
 */
@QuarkusTest
class FindAHostBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    WebDriver browser;
    String slug;

    @BeforeEach
    void frenchBrowserAndAFrenchSpeakingHoster() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are installed by .ci/run");
        slug = DirectoryFixtures.uniqueSlug("courriel");
        directory.createFoundingMember(slug, DirectoryFixtures.details("Courriel Libre " + slug,
                "contact@" + slug + ".example"), Actor.platform());
        directory.addService(slug, DirectoryFixtures.email(Registration.OPEN, List.of("fr")), Actor.platform());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the flags this sandbox needs: headless, as root, and no calls home on a closed network
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=fr-FR", "--window-size=1280,1024");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aFrenchVisitorFindsOpenRegistrationEmailInTwoClicks() throws IOException {
        // there is at least this member to find
        assertTrue(directory.profile(slug).isPresent());
        browser.get(root.toString());
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));

        var search = browser.findElement(By.cssSelector("form[action='/services']"));
        new Select(search.findElement(By.name("category"))).selectByValue("EMAIL");
        assertEquals("fr", new Select(search.findElement(By.name("language"))).getFirstSelectedOption()
                .getAttribute("value"), "the visitor's language is preselected");
        var open = search.findElement(By.name("open"));
        if (!open.isSelected()) {
            open.click();
        }
        search.findElement(By.cssSelector("button[type='submit']")).click();

        assertTrue(browser.getCurrentUrl().contains("/services"), browser.getCurrentUrl());
        // other test classes share the database: any member listed is a right answer, so take the first one
        browser.findElement(By.cssSelector("li.result a[href^='/members/']")).click();

        assertTrue(browser.getCurrentUrl().contains("/members/"), browser.getCurrentUrl());
        String member = browser.findElement(By.tagName("main")).getText();
        assertTrue(member.contains("Courriel") && member.contains("Inscriptions ouvertes"), member);
        Path screenshot = Path.of("target", "screenshots", "find-a-host-fr.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }
}
