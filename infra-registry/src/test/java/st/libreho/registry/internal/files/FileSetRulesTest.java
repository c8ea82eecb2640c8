package st.libreho.registry.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.Finding;
import st.libreho.registry.FindingKind;
import st.libreho.registry.Severity;

/** The rules every version's files pass, each refusal naming the file, as a person publishing would meet them. */
class FileSetRulesTest {

    private static final ConfigurationFile COMPOSE = new ConfigurationFile("compose.yml", "services: {}\n");

    @Test
    void anOrdinarySetPasses() {
        assertEquals(List.of(), FileSetRules.check(List.of(COMPOSE,
                new ConfigurationFile("config/nginx/site.conf", "server {}\n"),
                new ConfigurationFile(".env.example", "DOMAIN=example.org\r\n"),
                new ConfigurationFile("docs/café ☕.md", "\uFEFFtabs\tand form feeds\f are text\n")),
                FileLimits.DEFAULT));
    }

    @Test
    void anEmptySetIsRefused() {
        Finding finding = only(FileSetRules.check(List.of(), FileLimits.DEFAULT));
        assertEquals(FileRule.EMPTY_SET.id(), finding.rule());
        assertEquals(null, finding.file());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../etc/passwd        | path-dot-segment",
            "config/../../x       | path-dot-segment",
            "./compose.yml        | path-dot-segment",
            "config/./x           | path-dot-segment",
            "/etc/passwd          | path-absolute",
            "C:\\Windows\\x       | path-absolute",
            "c:x                  | path-absolute",
            "\\\\server\\share\\x | path-absolute",
            "config\\nginx.conf   | path-backslash",
            "config//nginx.conf   | path-empty-segment",
            "config/              | path-empty-segment",
            ".git/config          | path-git",
            "sub/.git/hooks/post  | path-git",
            ".GIT/config          | path-git",
            ".git./config         | path-git",
    })
    void pathsThatLeaveTheFolderOrBreakACheckoutAreRefused(String path, String rule) {
        Finding finding = only(FileSetRules.check(List.of(new ConfigurationFile(path, "x\n")), FileLimits.DEFAULT));
        assertEquals(rule, finding.rule(), finding.message());
        assertEquals(path, finding.file());
        assertEquals(FindingKind.FILE, finding.kind());
        assertEquals(Severity.ERROR, finding.severity());
    }

    @Test
    void anEmptyPathIsRefused() {
        assertEquals(FileRule.PATH_EMPTY.id(),
                only(FileSetRules.check(List.of(new ConfigurationFile("", "x")), FileLimits.DEFAULT)).rule());
    }

    @ParameterizedTest
    @ValueSource(strings = { "a\nb.yml", "tab\there", "nul\0x", "del\u007Fx", "c1\u0085x", "invoice\u202Egpj.sh",
            "half\uD800.txt" })
    void controlAndDisguisingCharactersInPathsAreRefused(String path) {
        Finding finding = only(FileSetRules.check(List.of(new ConfigurationFile(path, "x")), FileLimits.DEFAULT));
        assertEquals(FileRule.PATH_CONTROL_CHARACTER.id(), finding.rule());
        assertTrue(finding.message().indexOf('\n') < 0, "the message stays on one line: " + finding.message());
    }

    @Test
    void charactersBeyondTheBasicPlaneAreFineInPaths() {
        // U+1D800's UTF-16 form starts with the surrogate 0xD834: only a half on its own is refused
        assertEquals(List.of(), FileSetRules.check(List.of(new ConfigurationFile("notes/\uD834\uDD1E.md", "x")),
                FileLimits.DEFAULT));
    }

    @Test
    void aPathOf300CharactersPassesAndOf301IsRefused() {
        String dir = "d".repeat(199) + "/";
        assertEquals(List.of(), FileSetRules.check(List.of(new ConfigurationFile(dir + "f".repeat(100), "x")),
                FileLimits.DEFAULT));
        Finding finding = only(FileSetRules.check(List.of(new ConfigurationFile(dir + "f".repeat(101), "x")),
                FileLimits.DEFAULT));
        assertEquals(FileRule.PATH_TOO_LONG.id(), finding.rule());
        assertTrue(finding.message().contains("301 characters"), finding.message());
    }

    @Test
    void twoFilesWithOnePathAreRefused() {
        Finding finding = only(FileSetRules.check(List.of(COMPOSE, new ConfigurationFile("compose.yml", "other")),
                FileLimits.DEFAULT));
        assertEquals(FileRule.PATH_DUPLICATE.id(), finding.rule());
        assertEquals("compose.yml", finding.file());
    }

    @Test
    void pathsDifferingOnlyByCaseOrAccentsFormAreRefusedNamingBoth() {
        Finding byCase = only(FileSetRules.check(List.of(COMPOSE, new ConfigurationFile("Compose.YML", "x")),
                FileLimits.DEFAULT));
        assertEquals(FileRule.PATH_CASE_CLASH.id(), byCase.rule());
        assertEquals("Compose.YML", byCase.file());
        assertTrue(byCase.message().contains("compose.yml"), byCase.message());
        // "é" composed (U+00E9) and decomposed (e + U+0301): one file on macOS
        Finding byForm = only(FileSetRules.check(List.of(new ConfigurationFile("caf\u00E9.md", "x"),
                new ConfigurationFile("cafe\u0301.md", "y")), FileLimits.DEFAULT));
        assertEquals(FileRule.PATH_CASE_CLASH.id(), byForm.rule());
    }

    @Test
    void sharpSAndDoubleSAreTwoFiles() {
        // no file system folds 'ß' into "ss"; a full case mapping would
        assertEquals(List.of(), FileSetRules.check(List.of(new ConfigurationFile("straße.md", "x"),
                new ConfigurationFile("strasse.md", "y")), FileLimits.DEFAULT));
    }

    @Test
    void binaryLookingContentIsRefusedNamingTheLine() {
        Finding nul = only(FileSetRules.check(List.of(new ConfigurationFile("logo.png", "line\nPNG\0\0")),
                FileLimits.DEFAULT));
        assertEquals(FileRule.BINARY.id(), nul.rule());
        assertEquals("logo.png", nul.file());
        assertEquals(2, nul.line());
        Finding control = only(FileSetRules.check(List.of(new ConfigurationFile("data.bin", "a\u0001b")),
                FileLimits.DEFAULT));
        assertEquals(FileRule.BINARY.id(), control.rule());
        assertTrue(control.message().contains("U+0001"), control.message());
        Finding half = only(FileSetRules.check(List.of(new ConfigurationFile("x.txt", "ab\uDC00")),
                FileLimits.DEFAULT));
        assertEquals(FileRule.BINARY.id(), half.rule());
    }

    @Test
    void theFileLimitCountsUtf8Bytes() {
        FileLimits limits = new FileLimits(10, 8, 1000);
        // four characters, eight bytes: at the limit
        assertEquals(List.of(), FileSetRules.check(List.of(new ConfigurationFile("a", "éééé")), limits));
        Finding finding = only(FileSetRules.check(List.of(new ConfigurationFile("a", "éééé.")), limits));
        assertEquals(FileRule.FILE_TOO_LARGE.id(), finding.rule());
        assertEquals("a", finding.file());
        assertEquals(List.of(), FileSetRules.check(List.of(new ConfigurationFile("a", "\uD83D\uDE00\uD83D\uDE00")),
                limits), "an emoji is four bytes");
    }

    @Test
    void tooManyFilesAndTooManyBytesTogetherAreRefusedForTheWholeSet() {
        FileLimits limits = new FileLimits(3, 100, 250);
        List<ConfigurationFile> files = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            files.add(new ConfigurationFile("f" + i, "x".repeat(100)));
        }
        List<Finding> findings = FileSetRules.check(files, limits);
        assertEquals(List.of(FileRule.TOO_MANY_FILES.id(), FileRule.VERSION_TOO_LARGE.id()),
                findings.stream().map(Finding::rule).toList());
        findings.forEach(finding -> assertEquals(null, finding.file()));
        assertTrue(findings.get(1).message().contains("400 bytes"), findings.get(1).message());
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        List<Finding> findings = FileSetRules.check(List.of(new ConfigurationFile("../a", "x"),
                new ConfigurationFile("b", "\0"), new ConfigurationFile("c\\d", "x")), FileLimits.DEFAULT);
        assertEquals(List.of("../a", "b", "c\\d"), findings.stream().map(Finding::file).toList());
    }

    @Test
    void normalisedPathsFoldCaseAndComposeAccents() {
        assertEquals(FileSetRules.normalisedPath("Café/README.md"), FileSetRules.normalisedPath(
                "cafe\u0301/readme.MD"));
    }

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }
}
