package st.libreho.registry.internal.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.Finding;
import st.libreho.registry.FindingKind;
import st.libreho.registry.Severity;

/** The scanner as a publisher meets it: what refuses a version, where it says, and what it never shows. */
class SecretScannerTest {

    private static final String GITHUB_TOKEN = "ghp_guAmFyCpSK8Y3asLz6SOm4STCqbuzDYiokXq";
    private static final String GITLAB_TOKEN = "glpat-_meDJUcZKLcAsIvKJbM7";
    private static final String PEM_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj";

    private final SecretScanner scanner = SecretScanner.standard();

    @Test
    void theBonfireRecipeHasNoCredentialAndOneWeakDefault() {
        List<Finding> findings = scanner.scan(Bonfire.files());
        assertEquals(List.of(new Finding(FindingKind.SECRET, Severity.WARNING, Bonfire.COMPOSE,
                Bonfire.lineOf(Bonfire.COMPOSE, "ERLANG_COOKIE="), "weak-secret-default",
                "Secret-looking name with a fixed value or default that every deployment would share: "
                        + "ERLANG_COOKIE = bon… (14 characters)")),
                findings);
    }

    @Test
    void aTokenPastedIntoTheRecipeIsRefusedAtItsFileAndLine() {
        List<Finding> findings = scanner.scan(Bonfire.withLine(Bonfire.ENV, 20, "GITLAB_TOKEN=" + GITLAB_TOKEN));
        List<Finding> errors = findings.stream().filter(Finding::blocks).toList();
        assertEquals(1, errors.size(), findings.toString());
        Finding error = errors.get(0);
        assertEquals(FindingKind.SECRET, error.kind());
        assertEquals(Bonfire.ENV, error.file());
        assertEquals(20, error.line());
        assertEquals("gitlab-token", error.rule());
        assertFalse(error.message().contains(GITLAB_TOKEN));
    }

    @Test
    void aPrivateKeyPastedIntoTheComposeFileIsRefusedAtItsBeginLine() {
        String key = "      - TLS_KEY=-----BEGIN RSA PRIVATE KEY-----\n" + PEM_BODY + "\n-----END RSA PRIVATE KEY-----";
        List<Finding> errors = scanner.scan(Bonfire.withLine(Bonfire.COMPOSE, 30, key)).stream()
                .filter(Finding::blocks).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(Bonfire.COMPOSE, errors.get(0).file());
        assertEquals(30, errors.get(0).line());
        assertEquals("pem-private-key", errors.get(0).rule());
    }

    @Test
    void aGeneratedPasswordGivenToASecretNameIsRefused() {
        List<Finding> errors = scanner
                .scan(Bonfire.withLine(Bonfire.POSTGRES, 6, "  POSTGRES_PASSWORD: FwqTXA5izzvi7kY4Akuu")).stream()
                .filter(Finding::blocks).toList();
        assertEquals(List.of("compose.postgres.yml:6 secret-assignment"),
                errors.stream().map(f -> f.file() + ":" + f.line() + " " + f.rule()).toList());
    }

    @Test
    void theValueIsMaskedToItsFirstCharactersAndLength() {
        List<Finding> findings = scan("config.yml", "github:\n  token: " + GITHUB_TOKEN + "\n");
        assertEquals(List.of(new Finding(FindingKind.SECRET, Severity.ERROR, "config.yml", 2, "github-token",
                "GitHub token: ghp_… (40 characters)")), findings);
    }

    @Test
    void aShortValueShowsAQuarterOfItAtMost() {
        assertEquals("ab… (8 characters)", Masking.mask("abcdefgh"));
        assertEquals("… (3 characters)", Masking.mask("abc"));
        assertEquals("ghp_… (40 characters)", Masking.mask(GITHUB_TOKEN));
    }

    @Test
    void aValueFoundByASpecificRuleIsNotReportedAgainByTheGenericOne() {
        List<Finding> findings = scan(".env", "GITHUB_TOKEN=" + GITHUB_TOKEN + "\n");
        assertEquals(List.of("github-token"), findings.stream().map(Finding::rule).toList());
    }

    @Test
    void twoSecretsOnOneLineAreTwoFindings() {
        List<Finding> findings = scan("config.json", "{\"token\":\"" + GITHUB_TOKEN
                + "\",\"db_password\":\"FwqTXA5izzvi7kY4Akuu\"}");
        assertEquals(List.of("github-token", "secret-assignment"), findings.stream().map(Finding::rule).toList());
        assertTrue(findings.stream().allMatch(f -> f.line() == 1));
    }

    @Test
    void linesAreCountedWhateverTheLineEnds() {
        String crlf = "a: 1\r\nb: 2\r\ntoken: " + GITHUB_TOKEN + "\r\n";
        String cr = "a: 1\rb: 2\rtoken: " + GITHUB_TOKEN + "\r";
        assertEquals(3, scan("crlf.yml", crlf).get(0).line());
        assertEquals(3, scan("cr.yml", cr).get(0).line());
    }

    @Test
    void placeholdersSecretFilesAndDummiesAreNotFindings() {
        String compose = """
                services:
                  app:
                    environment:
                      - DB_PASSWORD=${DB_PASSWORD}
                      - DB_PASSWORD_FILE=/run/secrets/db_password
                      - API_TOKEN=<your-token>
                      - MAIL_KEY=xyz
                      - SMTP_PASSWORD=changeme
                      - SECRET_KEY=
                      - OIDC_CLIENT_SECRET=${OIDC_CLIENT_SECRET:?set the client secret}
                """;
        assertEquals(List.of(), scan("compose.yml", compose));
    }

    @Test
    void theStandardScannerIsSharedAndReadsTheRulesOnce() {
        assertSame(SecretScanner.standard(), SecretScanner.standard());
        assertSame(SecretRules.standard(), SecretRules.standard());
        assertEquals(scanner.scan(Bonfire.files()), new SecretScanner().scan(Bonfire.files()));
    }

    @Test
    void twoHundredFilesOfTenKilobytesAreScannedFileByFile() {
        List<ConfigurationFile> files = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            int line = 0;
            while (text.length() < 10_000) {
                text.append("      - SETTING_").append(line++).append("=${SETTING_").append(line).append(":-value}\n");
            }
            text.append("token: ").append(GITHUB_TOKEN).append('\n');
            files.add(new ConfigurationFile("service-" + i + "/compose.yml", text.toString()));
        }
        List<Finding> findings = scanner.scan(files);
        assertEquals(200, findings.size());
        for (int i = 0; i < 200; i++) {
            assertEquals("service-" + i + "/compose.yml", findings.get(i).file());
            assertEquals("github-token", findings.get(i).rule());
        }
    }

    /** A pathological file must not hang publishing: every expression is linear in the line's length. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aMegabyteLineOfWhatRulesLookForFinishes() {
        for (ConfigurationFile file : Pathological.files()) {
            List<Finding> findings = scanner.scan(List.of(file));
            assertTrue(findings.size() < 1_000_000, file.path());
        }
    }

    private List<Finding> scan(String path, String content) {
        return scanner.scan(List.of(new ConfigurationFile(path, content)));
    }
}
