package st.libreho.platform.web;

import java.net.URI;
import java.time.Duration;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * The language switcher, a small form in every page header: remembers the choice in a cookie and goes back to the
 * page the person was on.
 */
@Path("/language")
public class LanguageResource {

    private final Languages languages;

    public LanguageResource(Languages languages) {
        this.languages = languages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@FormParam("lang") String lang, @FormParam("back") String back) {
        String language = languages.supported(lang).orElse(languages.defaultLanguage());
        NewCookie cookie = new NewCookie.Builder(Languages.COOKIE).value(language).path("/")
                .maxAge((int) Duration.ofDays(365).toSeconds()).sameSite(NewCookie.SameSite.LAX).httpOnly(true)
                .build();
        return Response.seeOther(URI.create(safeLocalPath(back))).cookie(cookie).build();
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
