package st.libreho.platform.web;

import java.net.URI;
import java.time.Duration;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * The language switcher, a link per language in every page header: remembers the choice in a cookie and goes back to
 * the page the person was on. A link, not a form: choosing a language changes nothing on the server, and a page
 * without a per-visitor token can be served to every visitor from the page cache (ADR 0009). A link planted by
 * another site can only change the language of the page the visitor then reads.
 */
@Path("/language")
public class LanguageResource {

    private final Languages languages;

    public LanguageResource(Languages languages) {
        this.languages = languages;
    }

    @GET
    public Response choose(@RestQuery String lang, @RestQuery String back) {
        String language = languages.supported(lang).orElse(languages.defaultLanguage());
        NewCookie cookie = new NewCookie.Builder(Languages.COOKIE).value(language).path("/")
                .maxAge((int) Duration.ofDays(365).toSeconds()).sameSite(NewCookie.SameSite.LAX).httpOnly(true)
                .build();
        return Response.seeOther(URI.create(safeLocalPath(back))).cookie(cookie)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** Only a path on this site: the switcher must not become an open redirect. */
    static String safeLocalPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        try {
            URI uri = URI.create(back);
            return uri.getScheme() == null && uri.getAuthority() == null ? back : "/";
        } catch (IllegalArgumentException malformed) {
            return "/";
        }
    }
}
