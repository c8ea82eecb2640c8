package st.libreho.platform.testing;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Tokens from Quarkus' OIDC Dev Service, the identity provider of the test profile. Its authorization codes are
 * the user and roles it signed in (that is how its login page hands them over), so a test can obtain the tokens a
 * real sign-in would give without clicking through the page.
 */
public final class DevSignIn {

    private DevSignIn() {
    }

    public static String accessToken(String user, String roles) {
        String code = Base64.getUrlEncoder()
                .encodeToString((user + "|" + roles).getBytes(StandardCharsets.UTF_8));
        return given().baseUri(providerUrl())
                .formParam("grant_type", "authorization_code")
                .formParam("code", code)
                .formParam("client_id", "librehosters-web")
                .post("/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    public static String providerUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    public static String providerHost() {
        return URI.create(providerUrl()).getAuthority();
    }
}
