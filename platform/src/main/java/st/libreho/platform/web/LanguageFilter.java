package st.libreho.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Settles the request's language before any resource runs, so that the templates' message bundles (which follow
 * Accept-Language) speak the language the person chose with the switcher.
 */
public class LanguageFilter {

    @ServerRequestFilter(preMatching = true)
    public void chooseLanguage(ContainerRequestContext request) {
        Cookie remembered = request.getCookies().get(Languages.COOKIE);
        String language = Languages.choose(remembered == null ? null : remembered.getValue(),
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
}
