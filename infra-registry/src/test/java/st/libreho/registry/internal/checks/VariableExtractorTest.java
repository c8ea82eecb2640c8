package st.libreho.registry.internal.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.SecretGeneration;
import st.libreho.registry.Variable;

/** The manifest proposed from a version's files, syntax by syntax, and for the Bonfire recipe. */
class VariableExtractorTest {

    private final VariableExtractor extractor = new VariableExtractor();

    @Test
    void aPlainPlaceholderIsRequired() {
        assertEquals(List.of(variable("DOMAIN", "", null, true)), propose("compose.yml", "host: ${DOMAIN}\n"));
    }

    @Test
    void aDefaultWithOrWithoutColonIsTheDefault() {
        assertEquals(List.of(variable("A", "", "one", false), variable("B", "", "two", false)),
                propose("compose.yml", "a: ${A:-one}\nb: ${B-two}\n"));
    }

    @Test
    void aRequiredPlaceholderGivesItsErrorAsDescription() {
        assertEquals(List.of(variable("DOMAIN", "the instance's domain name", null, true),
                variable("TAG", "", null, true)),
                propose("compose.yml", "host: ${DOMAIN:?the instance's domain name}\nimage: app:${TAG?}\n"));
    }

    @Test
    void anAlternativeValueOrAnEmptyDefaultLeavesTheVariableOptional() {
        assertEquals(List.of(variable("DEBUG", "", null, false), variable("EXTRA", "", "", false)),
                propose("compose.yml", "flags: ${DEBUG:+--debug}\nextra: ${EXTRA:-}\n"));
    }

    @Test
    void nestedDefaultsAreReadInsideOut() {
        assertEquals(List.of(variable("DOMAIN", "", "localhost", false),
                variable("HOST", "", "${DOMAIN:-localhost}", false)),
                propose("compose.yml", "host: ${HOST:-${DOMAIN:-localhost}}\n"));
    }

    @Test
    void aBareDollarNameIsAVariableInComposeFilesOnly() {
        assertEquals(List.of(variable("DOMAIN", "", null, true)), propose("compose.yml", "host: $DOMAIN\n"));
        assertEquals(List.of(), propose("nginx.conf", "proxy_set_header Host $host;\n"));
    }

    @Test
    void aDoubledDollarIsALiteralDollar() {
        assertEquals(List.of(), propose("compose.yml", "command: echo $$HOME $${HOME}\n"));
    }

    @Test
    void aTemplateNameIsAVariableAndItsDefaultFilterItsDefault() {
        assertEquals(List.of(variable("db_name", "", "app", false), variable("domain", "", null, true)),
                propose("nginx.conf.j2", "server_name {{ domain }};\n# db {{ db_name | default('app') }}\n"));
    }

    @Test
    void templateExpressionsLoopsAndOwnNamesAreNotVariables() {
        String template = """
                {% for host in upstreams %}
                server {{ host }};
                {% endfor %}
                {% set port = 8080 %}
                listen {{ port }};
                name {{ item.name }} {{ ansible_hostname }} {{ item }} {{ a + b }} {{ lookup('env', 'HOME') }}
                {{ .Values.image.tag }}
                """;
        assertEquals(List.of(), propose("site.conf.j2", template));
    }

    @Test
    void aGoTemplateEnvCallIsAVariable() {
        assertEquals(List.of(variable("DOMAIN", "", null, true)),
                propose("entrypoint.sh.tmpl", "export HOST={{ env \"DOMAIN\" }}\n"));
    }

    @Test
    void aDoubleUnderscoreNameInCapitalsIsAVariable() {
        assertEquals(List.of(variable("DOMAIN", "", null, true), variable("PATH_URL", "", null, true)),
                propose("nginx.conf", "server_name __DOMAIN__;\nlocation __PATH_URL__ {}\n# __init__ __main__\n"));
    }

    @Test
    void envLinesSetDefaultsAndCommentedOnesAreOptional() {
        String env = """
                # the instance's domain name
                DOMAIN=social.librehost.net
                LOG_LEVEL="info" # from less to more: error, warning, info, debug
                # ====================
                # MAIL SETTINGS
                #MAIL_FROM=admin@social.librehost.net
                # uncomment to pick a flavour
                # FLAVOUR=social
                """;
        assertEquals(List.of(variable("DOMAIN", "the instance's domain name", "social.librehost.net", false),
                variable("FLAVOUR", "uncomment to pick a flavour", null, false),
                variable("LOG_LEVEL", "", "info", false), variable("MAIL_FROM", "", null, false)),
                propose(".env.sample", env));
    }

    @Test
    void aDummyValueIsAnExampleNotADefault() {
        assertEquals(List.of(variable("DOMAIN", "", null, true)),
                propose(".env.sample", "DOMAIN=bonfire.example.com\n"));
        assertEquals(List.of(variable("HOST", "", null, true)), propose("compose.yml", "h: ${HOST:-<your-host>}\n"));
    }

    @Test
    void aVariableSetSeveralTimesGetsTheValueItsLinesBuild() {
        String env = "COMPOSE_FILE=compose.yml\nCOMPOSE_FILE=\"$COMPOSE_FILE:compose.db.yml\"\n"
                + "COMPOSE_FILE=\"${COMPOSE_FILE}:compose.mail.yml\"\n";
        assertEquals(List.of(variable("COMPOSE_FILE", "", "compose.yml:compose.db.yml:compose.mail.yml", false)),
                propose(".env", env));
    }

    @Test
    void aSetValueWinsOverAnInlineDefault() {
        assertEquals(List.of(variable("TAG", "", "2.0", false)), extractor.propose(List.of(
                new ConfigurationFile("compose.yml", "image: app:${TAG:-1.0}\n"),
                new ConfigurationFile(".env", "TAG=2.0\n"))));
    }

    @Test
    void aSecretNeverGetsAFixedDefaultAndIsGenerated() {
        Variable cookie = propose("compose.yml", "env:\n  - ERLANG_COOKIE=${ERLANG_COOKIE:-bonfire_cookie}\n").get(0);
        assertEquals(new Variable("ERLANG_COOKIE", "", null, true, true, SecretGeneration.DEFAULT), cookie);
        Variable optional = propose(".env.sample", "# SMTP_PASSWORD=xyz\n").get(0);
        assertEquals(new Variable("SMTP_PASSWORD", "", null, false, true, SecretGeneration.DEFAULT), optional);
    }

    @Test
    void environmentEntriesPassedThroughAreOptionalVariables() {
        String compose = """
                services:
                  app:
                    environment:
                      - PUBLIC_PORT=443
                      - INSTANCE_DESCRIPTION
                      - "MAIL_KEY"
                  db:
                    environment:
                      POSTGRES_DB: app
                      PGDATA:
                    image: postgres
                """;
        assertEquals(List.of(new Variable("INSTANCE_DESCRIPTION", "", null, false, false, null),
                new Variable("MAIL_KEY", "", null, false, true, SecretGeneration.DEFAULT),
                new Variable("PGDATA", "", null, false, false, null)), propose("compose.yml", compose));
    }

    @Test
    void commentedLinesOfYamlAreNotRead() {
        assertEquals(List.of(), propose("compose.yml", "# image: app:${TAG}\n    #- \"x=${OLD}\"\n"));
    }

    @Test
    void namesComeOnceEachInOrder() {
        List<Variable> variables = propose("compose.yml", "a: ${ZED} ${ALPHA} ${ZED:-x} ${MIDDLE}\n");
        assertEquals(List.of("ALPHA", "MIDDLE", "ZED"), variables.stream().map(Variable::name).toList());
        assertEquals("x", variables.get(2).defaultValue());
    }

    @Test
    void theBonfireRecipeGivesTheManifestItsReadmeDescribes() {
        Map<String, Variable> variables = extractor.propose(Bonfire.files()).stream()
                .collect(Collectors.toMap(Variable::name, Function.identity()));
        assertEquals(new Variable("DOMAIN", "enter your instance's domain name", null, true, false, null),
                variables.get("DOMAIN"));
        assertEquals(new Variable("APP_VERSION",
                "uncomment to run specific version e.g. v1.0.4 or latest release branch. available: latest, "
                        + "latest-beta, latest-alpha",
                "1.0.4", false, false, null), variables.get("APP_VERSION"));
        assertEquals("social", variables.get("APP_FLAVOUR").defaultValue());
        assertEquals("none", variables.get("MAIL_BACKEND").defaultValue());
        assertEquals("production", variables.get("LETS_ENCRYPT_ENV").defaultValue());
        assertEquals("5000", variables.get("DB_MEMORY_LIMIT").defaultValue());
        assertEquals("compose.yml:compose.postgres.yml:compose.meilisearch.yml",
                variables.get("COMPOSE_FILE").defaultValue());
        for (String version : List.of("SECRET_POSTGRES_PASSWORD_VERSION", "SECRET_SECRET_KEY_BASE_VERSION",
                "SECRET_MEILI_MASTER_KEY_VERSION", "SECRET_SIGNING_SALT_VERSION")) {
            assertEquals(new Variable(version, variables.get(version).description(), "v1", false, false, null),
                    variables.get(version));
        }
        assertEquals(new Variable("ERLANG_COOKIE", "", null, true, true, SecretGeneration.DEFAULT),
                variables.get("ERLANG_COOKIE"));
        assertTrue(variables.get("MAIL_KEY").secret());
        assertFalse(variables.get("MAIL_KEY").required());
        assertFalse(variables.get("WEB_PUSH_PUBLIC_KEY").secret());
        assertNull(variables.get("WEB_PUSH_PUBLIC_KEY").generation());
        assertFalse(variables.get("EXTRA_DOMAINS").required());
        assertEquals("Domain aliases", variables.get("EXTRA_DOMAINS").description());
        assertTrue(variables.get("STACK_NAME").required());
        // container settings written in the compose file are not variables of the recipe
        for (String setting : List.of("PUBLIC_PORT", "HOSTNAME", "POSTGRES_DB", "POSTGRES_HOST", "APP_NAME")) {
            assertFalse(variables.containsKey(setting), setting);
        }
    }

    private List<Variable> propose(String path, String content) {
        return extractor.propose(List.of(new ConfigurationFile(path, content)));
    }

    private static Variable variable(String name, String description, String defaultValue, boolean required) {
        return new Variable(name, description, defaultValue, required, false, null);
    }
}
