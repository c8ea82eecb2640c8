package st.libreho.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import st.libreho.kb.internal.markdown.MarkdownRenderer;

/**
 * Every case of {@code markdown/hostile-corpus.txt} renders to HTML in which nothing can run. The cases are data, so
 * that one is added without Java; the file says how.
 */
class MarkdownHostileCorpusTest {

    private static final String CORPUS = "/markdown/hostile-corpus.txt";
    private static final String CASE_MARKER = "=== ";
    private static final Pattern CODE_POINT = Pattern.compile("\\{U\\+([0-9A-Fa-f]{4,6})}");

    private final KnowledgeBase knowledgeBase = new KnowledgeBase(new MarkdownRenderer(), null, null, null, null, null,
            null, null);

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersNothingThatCanRun(String name, String markdown) {
        String html = knowledgeBase.render(markdown).html();
        assertEquals(List.of(), SafeHtml.problemsIn(html), () -> "rendered as:\n" + html);
    }

    @Test
    void theCorpusIsRead() {
        // a marker typo would quietly merge cases; a broken file would quietly test nothing
        assertEquals(77, cases().size());
    }

    static List<Arguments> cases() {
        String corpus = read();
        List<Arguments> cases = new ArrayList<>();
        String name = null;
        StringBuilder markdown = new StringBuilder();
        for (String line : corpus.split("\n", -1)) {
            if (line.startsWith(CASE_MARKER)) {
                if (name != null) {
                    cases.add(Arguments.of(name, withCodePoints(markdown.toString())));
                }
                name = line.substring(CASE_MARKER.length()).strip();
                markdown.setLength(0);
            } else if (name != null) {
                markdown.append(line).append('\n');
            }
        }
        if (name != null) {
            cases.add(Arguments.of(name, withCodePoints(markdown.toString())));
        }
        return cases;
    }

    private static String withCodePoints(String text) {
        Matcher code = CODE_POINT.matcher(text);
        return code.replaceAll(match -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(match.group(1),
                16))));
    }

    private static String read() {
        try (InputStream in = MarkdownHostileCorpusTest.class.getResourceAsStream(CORPUS)) {
            if (in == null) {
                throw new IllegalStateException(CORPUS + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
