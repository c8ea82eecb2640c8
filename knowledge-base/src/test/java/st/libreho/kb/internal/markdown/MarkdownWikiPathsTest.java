package st.libreho.kb.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one way a wiki path is written, whatever way a member types it. */
class MarkdownWikiPathsTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '→', ignoreLeadingAndTrailingWhitespace = false, value = {
            "Page path→page-path",
            "  Guides / Sécurité des données  →guides/securite-des-donnees",
            "Guides/Sécurité des données→guides/securite-des-donnees",
            "securite des donnees→securite-des-donnees",
            "L'été→l-ete",
            "L’œuvre d’Ælfred→l-oeuvre-d-aelfred",
            "Straße→strasse",
            "Łódź→lodz",
            "C++ & Java 2.0→c-java-2-0",
            "snake_case Page→snake_case-page",
            "a--b  -  c→a-b-c",
            "a//b/→a/b",
            "/leading/and/trailing/→leading/and/trailing",
            "../../etc/passwd→etc/passwd",
            "Привет мир→привет-мир",
            "Йод→йод",
            "हिन्दी→हिन्दी",
            "ﬁle²→file2" })
    void normalises(String written, String path) {
        assertEquals(path, WikiPaths.normalise(written));
    }

    @Test
    void aPathOfNoWordsIsEmpty() {
        assertEquals("", WikiPaths.normalise(" / ?! / "));
    }

    @Test
    void theServersLanguageChangesNothing() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR")); // where "I".toLowerCase() is a dotless ı
            assertEquals("it-infrastructure", WikiPaths.normalise("IT Infrastructure"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
