package st.libreho.registry.internal.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.Finding;
import st.libreho.registry.FindingKind;
import st.libreho.registry.SecretGeneration;
import st.libreho.registry.Severity;
import st.libreho.registry.Variable;

/** Files and manifest that disagree, files that do not parse, manifests that cannot be right. */
class ManifestLintTest {

    private final ManifestLint lint = new ManifestLint();

    @Test
    void theBonfireRecipeWithItsProposedManifestLintsClean() {
        List<ConfigurationFile> files = Bonfire.files();
        assertEquals(List.of(), lint.lint(files, new VariableExtractor().propose(files)));
    }

    @Test
    void theBonfireRecipeGivesOnlyTheErlangCookieWarningAltogether() {
        List<ConfigurationFile> files = Bonfire.files();
        List<Finding> findings = new ArrayList<>(SecretScanner.standard().scan(files));
        findings.addAll(lint.lint(files, new VariableExtractor().propose(files)));
        assertEquals(List.of("compose.yml WARNING weak-secret-default"),
                findings.stream().map(f -> f.file() + " " + f.severity() + " " + f.rule()).toList());
        assertTrue(findings.get(0).message().contains("ERLANG_COOKIE"));
    }

    @Test
    void aPlaceholderNotDeclaredIsAnErrorAtItsFirstUse() {
        List<Finding> findings = lint.lint(
                List.of(new ConfigurationFile("compose.yml", "a: 1\nhost: ${DOMAIN}\nalias: ${DOMAIN}\n")),
                List.of());
        assertEquals(List.of(new Finding(FindingKind.LINT, Severity.ERROR, "compose.yml", 2, "undeclared-variable",
                "DOMAIN is used but not declared in the variables manifest (used 1 more time)")), findings);
    }

    @Test
    void aVariableNobodyUsesIsAWarning() {
        List<Finding> findings = lint.lint(List.of(new ConfigurationFile("compose.yml", "host: ${DOMAIN}\n")),
                List.of(variable("DOMAIN"), variable("UNUSED")));
        assertEquals(List.of(new Finding(FindingKind.LINT, Severity.WARNING, null, 0, "unused-variable",
                "UNUSED is declared but no file uses it")), findings);
    }

    @Test
    void everySyntaxCountsAsAUse() {
        List<ConfigurationFile> files = List.of(
                new ConfigurationFile("compose.yml", "a: ${A} $B ${C:-x}\nenvironment:\n  - D\n"),
                new ConfigurationFile("site.conf.j2", "{{ e }} __F__ {{ env \"G\" }}\n"),
                new ConfigurationFile(".env.sample", "H=1\n#I=2\n"));
        List<Variable> manifest = List.of("A", "B", "C", "D", "e", "F", "G", "H", "I").stream()
                .map(ManifestLintTest::variable).toList();
        assertEquals(List.of(), lint.lint(files, manifest));
    }

    @Test
    void aRequiredVariableWithADefaultIsAWarning() {
        List<Finding> findings = lint.lint(List.of(new ConfigurationFile("a.conf", "${TAG}")),
                List.of(new Variable("TAG", "", "latest", true, false, null)));
        assertEquals(List.of(
                "WARNING required-with-default TAG is required and has a default: the default is never used"),
                findings.stream().map(f -> f.severity() + " " + f.rule() + " " + f.message()).toList());
    }

    @Test
    void aNameDeclaredTwiceIsAnError() {
        List<Finding> findings = lint.lint(List.of(new ConfigurationFile("a.conf", "${TAG}")),
                List.of(variable("TAG"), variable("TAG"), variable("TAG")));
        assertEquals(List.of("ERROR duplicate-variable"), rules(findings));
    }

    @Test
    void badNamesAreErrors() {
        String tooLong = "A".repeat(101);
        List<Finding> findings = lint.lint(List.of(),
                List.of(variable("1ST"), variable("WITH-DASH"), variable(""), variable(tooLong), variable("A".repeat(
                        100))));
        assertEquals(4, findings.stream().filter(f -> f.rule().equals("invalid-variable-name")).count(),
                findings.toString());
        assertTrue(findings.stream().filter(f -> f.rule().equals("invalid-variable-name")).allMatch(Finding::blocks));
    }

    @Test
    void aSecretGenerationOutOfBoundsIsAnError() {
        List<ConfigurationFile> files = List.of(new ConfigurationFile("a.conf", "${A} ${B} ${C} ${D} ${E}"));
        List<Finding> findings = lint.lint(files, List.of(
                secret("A", new SecretGeneration(7, SecretGeneration.Alphabet.HEX)),
                secret("B", new SecretGeneration(8, SecretGeneration.Alphabet.HEX)),
                secret("C", new SecretGeneration(256, SecretGeneration.Alphabet.BASE64URL)),
                secret("D", new SecretGeneration(257, SecretGeneration.Alphabet.ALPHANUMERIC)),
                secret("E", new SecretGeneration(32, null))));
        assertEquals(List.of("ERROR invalid-secret-generation A", "ERROR invalid-secret-generation D",
                "ERROR invalid-secret-generation E"),
                findings.stream().map(f -> f.severity() + " " + f.rule() + " " + f.message().split(" ")[0]).toList());
    }

    @Test
    void yamlThatDoesNotParseIsAnErrorAtTheParsersLine() {
        List<Finding> findings = lint.lint(
                List.of(new ConfigurationFile("compose.yml", "services:\n  app:\n    image: a\n   bad: [\n")),
                List.of());
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals("unparseable-yaml", finding.rule());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("compose.yml", finding.file());
        assertEquals(4, finding.line());
        assertTrue(finding.message().startsWith("YAML does not parse: "), finding.message());
    }

    @Test
    void multiDocumentYamlAnchorsMergeKeysAndOtherToolsTagsParse() {
        String yaml = """
                ---
                x-env: &env
                  LANG: C.UTF-8
                services:
                  app:
                    environment:
                      <<: *env
                      MODE: app
                  worker:
                    environment:
                      <<: *env
                ---
                db_password: !vault |
                  $ANSIBLE_VAULT;1.1;AES256
                  6263316436383734
                """;
        assertEquals(List.of(), lint.lint(List.of(new ConfigurationFile("stack.yaml", yaml)), List.of()));
    }

    @Test
    void theSecondDocumentOfAFileIsCheckedToo() {
        List<Finding> findings = lint.lint(List.of(new ConfigurationFile("two.yml", "a: 1\n---\nb: c: d\n")), List
                .of());
        assertEquals(List.of("ERROR unparseable-yaml"), rules(findings));
        assertEquals(3, findings.get(0).line());
    }

    @Test
    void aTemplatedYamlFileIsNotParsedBeforeItIsRendered() {
        String helm = "{{- if .Values.enabled }}\nkind: Deployment\n{{- end }}\n";
        assertEquals(List.of(), lint.lint(List.of(new ConfigurationFile("templates/deployment.yaml", helm)), List
                .of()));
    }

    @Test
    void jsonThatDoesNotParseIsAnErrorAtTheParsersLine() {
        List<Finding> findings = lint.lint(List.of(new ConfigurationFile("config.json",
                "{\n  \"a\": 1,\n  \"b\" 2\n}\n")),
                List.of());
        assertEquals(List.of("ERROR unparseable-json"), rules(findings));
        assertEquals(3, findings.get(0).line());
        assertEquals("config.json", findings.get(0).file());
    }

    @Test
    void aJsonErrorNeverEchoesTheTokenItStumbledOn() {
        String token = "ghp_guAmFyCpSK8Y3asLz6SOm4STCqbuzDYiokXq";
        List<Finding> findings = lint.lint(List.of(new ConfigurationFile("config.json", "{\"a\": " + token + "}")),
                List.of());
        assertEquals(List.of("ERROR unparseable-json"), rules(findings));
        assertFalse(findings.get(0).message().contains(token), findings.get(0).message());
    }

    @Test
    void jsonWithTwoValuesOrNoneDoesNotParse() {
        assertEquals(List.of("ERROR unparseable-json"),
                rules(lint.lint(List.of(new ConfigurationFile("a.json", "{}\n{}\n")), List.of())));
        assertEquals(List.of("ERROR unparseable-json"),
                rules(lint.lint(List.of(new ConfigurationFile("a.json", "  \n")), List.of())));
        assertEquals(List.of(), lint.lint(List.of(new ConfigurationFile("a.json", "{\"a\": [1, 2]}")), List.of()));
    }

    /** The billion laughs: nine aliases of nine aliases, a billion nodes once copied out. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aYamlBombIsRefused() {
        StringBuilder bomb = new StringBuilder(
                "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            char previous = (char) (level - 1);
            bomb.append(level).append(": &").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
        }
        List<Finding> findings = lint.lint(List.of(new ConfigurationFile("bomb.yml", bomb.toString())), List.of());
        assertEquals(List.of("ERROR unparseable-yaml"), rules(findings));
        assertTrue(findings.get(0).message().contains("expand"), findings.get(0).message());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aYamlFileWithTooManyAliasesIsRefused() {
        StringBuilder yaml = new StringBuilder("base: &base {a: 1}\nitems:\n");
        for (int i = 0; i <= SyntaxCheck.MOST_ALIASES; i++) {
            yaml.append("  - *base\n");
        }
        List<Finding> findings = lint.lint(List.of(new ConfigurationFile("many.yml", yaml.toString())), List.of());
        assertEquals(List.of("ERROR unparseable-yaml"), rules(findings));
    }

    @Test
    void aYamlAliasToItselfIsRefused() {
        List<Finding> findings = lint.lint(List.of(new ConfigurationFile("loop.yml", "a: &a [1, *a]\n")), List.of());
        assertEquals(List.of("ERROR unparseable-yaml"), rules(findings));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aMegabyteLineOfWhatPlaceholdersLookLikeFinishes() {
        for (ConfigurationFile file : Pathological.files()) {
            List<ConfigurationFile> files = List.of(file);
            List<Variable> proposed = new VariableExtractor().propose(files);
            List<Finding> findings = lint.lint(files, proposed);
            assertTrue(findings.stream().noneMatch(f -> f.rule().equals("undeclared-variable")), file.path());
        }
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.rule()).toList();
    }

    private static Variable variable(String name) {
        return new Variable(name, "", null, true, false, null);
    }

    private static Variable secret(String name, SecretGeneration generation) {
        return new Variable(name, "", null, true, true, generation);
    }
}
