package st.libreho.platform.testing;

import java.io.IOException;
import java.net.URL;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlPage;

/**
 * A browser without JavaScript, as the pages must work without it, signed in through the development identity
 * provider's login page like a person would (users {@code operator}, {@code delegate}, {@code member},
 * {@code person}, each with the address {@code <user>@example.com}).
 */
public final class Browser {

    private Browser() {
    }

    public static WebClient anonymous() {
        WebClient browser = new WebClient();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        // error pages (400, 403, 409) are what several tests look at
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        return browser;
    }

    public static WebClient signedIn(URL root, String user) throws IOException {
        WebClient browser = anonymous();
        HtmlPage login = browser.getPage(new URL(root, "/login"));
        HtmlButton button = login.getFirstByXPath("//button[@value='" + user + "']");
        HtmlPage me = button.click();
        if (!me.getUrl().getPath().equals("/me")) {
            throw new IllegalStateException("Signing in as " + user + " ended at " + me.getUrl());
        }
        return browser;
    }

    public static HtmlPage open(WebClient browser, URL root, String path) throws IOException {
        return browser.getPage(new URL(root, path));
    }
}
