package st.libreho.web.i18n;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Another language is its tag in {@code quarkus.locales} and its property files, and no Java: this application adds
 * Esperanto with nothing but the configuration below and three small files in {@code src/test/resources/messages}
 * (one for the kit's {@code ui:}, one for the shell's {@code msg:}, one for the directory's {@code dir:} bundle), each
 * translating a key or two; every other text falls back to English.
 */
@QuarkusTest
@TestProfile(ThirdLanguageTest.WithEsperanto.class)
class ThirdLanguageTest {

    public static class WithEsperanto implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.locales", "en,fr,eo");
        }
    }

    @Test
    void aBrowserThatPrefersTheNewLanguageGetsItsTranslationsAndEnglishForTheRest() {
        given().header("Accept-Language", "eo,en;q=0.5").get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"eo\">"))
                .body(containsString("Reto de malgrandaj gastigantoj kiuj kunlaboras")) // msg_eo
                .body(containsString(">Adresaro</a>")) // ui_eo
                .body(containsString(">Find a host</a>")) // not in ui_eo: English
                .body(not(containsString("Trouver un hébergeur")));
    }

    @Test
    void aModulesPagesSpeakItToo() {
        given().header("Accept-Language", "eo").get("/directory")
                .then().statusCode(200)
                .body(containsString("<html lang=\"eo\">"))
                .body(containsString("Adresaro de la membroj")) // dir_eo
                .body(containsString("hosting providers who run free software")); // not in dir_eo: English
    }

    @Test
    void theLanguageSwitcherOffersItByItsOwnName() {
        given().get("/")
                .then().statusCode(200)
                .body(containsString("hreflang=\"eo\" lang=\"eo\""))
                .body(containsString(">Esperanto</a>"));
    }

    @Test
    void theOtherLanguagesAreUnchanged() {
        given().header("Accept-Language", "fr").get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("Un réseau de petits hébergeurs qui coopèrent"));
    }
}
