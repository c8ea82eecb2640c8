package st.libreho.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;

/**
 * Adds the security headers to every response, pages, API and static files alike. The Content-Security-Policy
 * forbids inline scripts and framing; Swagger UI and the Dev UI, which need inline scripts, get the other headers
 * only.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' https: data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String path = context.normalizedPath();
            HttpServerResponse response = context.response();
            context.addHeadersEndHandler(ignored -> {
                response.headers().set("X-Content-Type-Options", "nosniff");
                response.headers().set("Referrer-Policy", "strict-origin-when-cross-origin");
                response.headers().set("X-Frame-Options", "DENY");
                if (!path.startsWith("/q/swagger-ui") && !path.startsWith("/q/dev")) {
                    response.headers().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                }
            });
            context.next();
        });
    }
}
