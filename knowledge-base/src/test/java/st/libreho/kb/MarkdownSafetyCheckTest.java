package st.libreho.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hostile corpus is only as good as its check: {@link SafeHtml} must see what a browser would run. */
class MarkdownSafetyCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<p>x</p><SCRIPT>alert(1)</SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<p onclick=\"alert(1)\">x</p>",
            "<p style=\"color: red\">x</p>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JavaScript:alert(1)\">x</a>",
            "<a href=\"java&#x9;script:alert(1)\">x</a>",
            "<a href=\"&#106;avascript&#58;alert(1)\">x</a>",
            "<a href=\"javascript&colon;alert(1)\">x</a>",
            "<a href=\" &#1;javascript:alert(1)\">x</a>",
            "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"x\" />",
            "<a href=\"vbscript:x\">x</a>",
            "<a href=\"/kb/x\" class=\"evil\">x</a>",
            "<a href=\"/kb/x\" target=\"_blank\">x</a>",
            "<h2 id=\"a b\">x</h2>",
            "<iframe src=\"https://a.example/\"></iframe>",
            "<svg/onload=alert(1)>",
            "<p>a < b</p>" })
    void findsWhatCouldRun(String html) {
        assertFalse(SafeHtml.problemsIn(html).isEmpty(), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<h2 id=\"securite-des-donnees\">Sécurité des données</h2>",
            "<p><a href=\"https://a.example/?a&#61;b&amp;c\" title=\"t\" rel=\"nofollow noopener noreferrer\">x</a> "
                    + "<a href=\"/kb/page\" class=\"wiki-link\">Page</a> <a href=\"mailto:a&#64;b.example\">m</a></p>",
            "<ol start=\"3\"><li><code class=\"language-java\">a &lt; b</code></li></ol>",
            "<table><thead><tr><th align=\"left\">a</th></tr></thead></table><img src=\"/x.png\" alt=\"x\" /><br /><hr />" })
    void letsThroughWhatTheRendererMayWrite(String html) {
        assertEquals(List.of(), SafeHtml.problemsIn(html));
    }
}
