package st.libreho.registry.internal.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.Finding;

/** Every rule of the rules file finds its own true positives and leaves its own true negatives alone. */
class SecretRulesTest {

    private static final SecretRules RULES = SecretRules.standard();
    private static final SecretScanner SCANNER = SecretScanner.standard();

    static Stream<Arguments> truePositives() {
        return RULES.rules().stream()
                .flatMap(rule -> rule.truePositives().stream().map(example -> Arguments.of(rule.id(), example)));
    }

    static Stream<Arguments> trueNegatives() {
        return RULES.rules().stream()
                .flatMap(rule -> rule.trueNegatives().stream().map(example -> Arguments.of(rule.id(), example)));
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @MethodSource("truePositives")
    void aRuleFindsItsTruePositives(String rule, String example) {
        List<Finding> findings = scan(example);
        assertTrue(findings.stream().anyMatch(finding -> finding.rule().equals(rule)),
                rule + " should find its example, found " + findings);
    }

    @ParameterizedTest(name = "{0} leaves {1}")
    @MethodSource("trueNegatives")
    void aRuleLeavesItsTrueNegatives(String rule, String example) {
        List<Finding> findings = scan(example);
        assertTrue(findings.stream().noneMatch(finding -> finding.rule().equals(rule)),
                rule + " should leave its example alone, found " + findings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("truePositives")
    void aFindingNeverShowsTheValueItFound(String rule, String example) {
        // scanning the messages again finds nothing: no message holds a value a rule would recognise
        List<Finding> findings = scan(example);
        String messages = String.join("\n", findings.stream().map(Finding::message).toList());
        assertEquals(List.of(), SCANNER.scan(List.of(new ConfigurationFile("messages.txt", messages))));
        findings.forEach(finding -> assertTrue(finding.message().matches(".*(?:: | = ).{0,4}… \\(\\d+ characters?\\)"),
                finding.message()));
    }

    @Test
    void everyRuleHasAnIdADescriptionAndExamplesBothWays() {
        Set<String> ids = new HashSet<>();
        for (SecretRule rule : RULES.rules()) {
            assertTrue(rule.id().matches("[a-z0-9]+(?:-[a-z0-9]+)*"), rule.id());
            assertTrue(ids.add(rule.id()), "two rules named " + rule.id());
            assertFalse(rule.description().isBlank(), rule.id());
            assertFalse(rule.truePositives().isEmpty(), rule.id() + " has no true positive");
            assertFalse(rule.trueNegatives().isEmpty(), rule.id() + " has no true negative");
        }
    }

    @Test
    void theRulesCoverTheCredentialsTheIssueNames() {
        Set<String> ids = new HashSet<>(RULES.rules().stream().map(SecretRule::id).toList());
        assertTrue(ids.containsAll(List.of("pem-private-key", "openssh-private-key", "pgp-private-key",
                "aws-access-key-id", "aws-secret-access-key", "google-api-key", "github-token", "gitlab-token",
                "slack-token", "slack-webhook", "discord-webhook", "matrix-access-token", "stripe-key", "jwt",
                "secret-assignment", "weak-secret-default")), ids.toString());
    }

    static Stream<Arguments> sharedDefinitions() {
        return Stream.of(
                definition("secret name", RULES.secretNameExamples(), RULES.secretNames()::test),
                definition("dummy", RULES.dummyExamples(), RULES.dummies()::test),
                definition("generated-looking value", RULES.highEntropyExamples(), RULES.highEntropy()::test));
    }

    private static Arguments definition(String what, SecretRules.Examples examples, Predicate<String> test) {
        return Arguments.of(what, examples, test);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedDefinitions")
    void theSharedDefinitionsHoldTheirExamples(String what, SecretRules.Examples examples, Predicate<String> test) {
        Function<List<String>, List<String>> failing = list -> list.stream().filter(test.negate()).toList();
        assertFalse(examples.positives().isEmpty());
        assertFalse(examples.negatives().isEmpty());
        assertEquals(List.of(), failing.apply(examples.positives()), "should be a " + what);
        assertEquals(List.of(), examples.negatives().stream().filter(test).toList(), "should not be a " + what);
    }

    private static List<Finding> scan(String example) {
        return SCANNER.scan(List.of(new ConfigurationFile("example.txt", example)));
    }
}
