package st.libreho.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Hands the request's language to the templates before any resource runs: their message bundles follow
 * Accept-Language, so the header is set to the language {@link RequestLanguage} decided.
 */
public class LanguageFilter {

    private final RequestLanguage language;

    public LanguageFilter(RequestLanguage language) {
        this.language = language;
    }

    @ServerRequestFilter(preMatching = true)
    public void chooseLanguage(ContainerRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, language.get());
    }
}
