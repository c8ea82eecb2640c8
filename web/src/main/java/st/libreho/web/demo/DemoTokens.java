package st.libreho.web.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.arc.profile.IfBuildProfile;
import io.vertx.core.json.JsonObject;

/**
 * Dev mode only (the bean, hence the endpoint, exists only in the dev build profile; the packaged application has no
 * {@code /dev/token}): an API token for a demo user, so that a developer can try the API with curl without a
 * Keycloak. {@code GET /dev/token?user=delegate} answers the access token as text. Quarkus' OIDC Dev Service issues
 * it, through the code exchange its own sign-in page uses (its codes are the user and roles, encoded; the platform's
 * tests rely on the same, in {@code DevSignIn}).
 */
@IfBuildProfile("dev")
@Path("/dev/token")
public class DemoTokens {

    private static final Map<String, String> DEMO_ROLES = Map.of("operator", "operator", "delegate", "user",
            "member", "user", "person", "user");

    private final HttpClient client = HttpClient.newHttpClient();
    private final String provider;
    private final String clientId;

    public DemoTokens(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String provider,
            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId) {
        this.provider = provider;
        this.clientId = clientId;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String token(@RestQuery String user) throws IOException, InterruptedException {
        String roles = DEMO_ROLES.get(user);
        if (roles == null) {
            throw new WebApplicationException("user must be one of the demo users: " + DEMO_ROLES.keySet(), 400);
        }
        String code = Base64.getUrlEncoder().encodeToString((user + "|" + roles).getBytes(StandardCharsets.UTF_8));
        HttpRequest exchange = HttpRequest.newBuilder(URI.create(provider + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("grant_type=authorization_code&code=" + code + "&client_id=" + clientId))
                .build();
        HttpResponse<String> answer = client.send(exchange, BodyHandlers.ofString());
        String token = answer.statusCode() == 200 ? new JsonObject(answer.body()).getString("access_token") : null;
        if (token == null) {
            throw new WebApplicationException("the dev OIDC server gave no token (HTTP " + answer.statusCode() + "): "
                    + answer.body(), 502);
        }
        return token + "\n";
    }
}
