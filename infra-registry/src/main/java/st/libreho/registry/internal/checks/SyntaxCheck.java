package st.libreho.registry.internal.checks;

import java.io.IOException;
import java.io.StringReader;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.Finding;
import st.libreho.registry.FindingKind;
import st.libreho.registry.Severity;

/**
 * Whether a YAML or JSON file parses, and if not, where and why, as its parser says.
 *
 * <p>
 * YAML is only composed (SnakeYAML's node graph: syntax, anchors and aliases), never turned into objects, so that
 * tags other tools give a meaning to ({@code !vault}, {@code !Ref}) are not errors and nothing is ever instantiated.
 * An alias is a shared node, not a copy; still, whatever reads the file later (Docker Compose, Ansible) copies them
 * out, and a few nested aliases make billions of nodes (the billion laughs): a file with more than
 * {@link #MOST_ALIASES} aliases to collections, or whose aliases expand to more than {@link #MOST_NODES} nodes, is
 * refused. Every document
 * of a multi-document file is read. A file with template tags ({@code {%}, {@code {{-}) is a template, whose YAML
 * only exists once rendered: it is not parsed.
 */
final class SyntaxCheck {

    static final String UNPARSEABLE_YAML = "unparseable-yaml";
    static final String UNPARSEABLE_JSON = "unparseable-json";

    /** More than real configurations use (a compose file has a few), far fewer than a YAML bomb needs. */
    static final int MOST_ALIASES = 100;
    /** Far more than any configuration once its aliases are copied out, far fewer than a billion laughs. */
    static final long MOST_NODES = 1_000_000;
    private static final long TOO_MANY = Long.MAX_VALUE / 4;
    /** Deeper nesting is an attack on the parser's stack, not a configuration. */
    private static final int DEEPEST = 64;
    /** Files are limited far below this by the registry; the parser stops here whatever happens. */
    private static final int MOST_CODE_POINTS = 8 * 1024 * 1024;
    private static final List<String> TEMPLATE_TAGS = List.of("{%", "{{-", "-}}", "{{/*");
    /** Jackson quotes the token it stumbled on; a token may be a secret, and findings never show one. */
    private static final Pattern QUOTED_TOKEN = Pattern.compile("'(?!(?:null|true|false)')[^']{4,}'");

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private SyntaxCheck() {
    }

    static Optional<Finding> check(ConfigurationFile file) {
        if (FileKinds.isYaml(file.path())) {
            return isTemplate(file.content()) ? Optional.empty() : yaml(file);
        }
        if (FileKinds.isJson(file.path())) {
            return json(file);
        }
        return Optional.empty();
    }

    private static boolean isTemplate(String content) {
        return TEMPLATE_TAGS.stream().anyMatch(content::contains);
    }

    private static Optional<Finding> yaml(ConfigurationFile file) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MOST_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(DEEPEST);
        options.setCodePointLimit(MOST_CODE_POINTS);
        try {
            for (Node document : new Yaml(options).composeAll(new StringReader(file.content()))) {
                if (document != null && expandedSize(document, new IdentityHashMap<>()) > MOST_NODES) {
                    return Optional.of(finding(file, UNPARSEABLE_YAML, document.getStartMark().getLine() + 1,
                            "YAML is refused: its aliases expand to more than " + MOST_NODES + " nodes"));
                }
            }
            return Optional.empty();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String why = e.getProblem() != null ? e.getProblem() : e.getContext();
            if (mark == null) {
                return Optional.of(finding(file, UNPARSEABLE_YAML, 0, "YAML does not parse: " + why));
            }
            int line = mark.getLine() + 1;
            return Optional.of(finding(file, UNPARSEABLE_YAML, line,
                    "YAML does not parse: " + why + " (line " + line + ", column " + (mark.getColumn() + 1) + ")"));
        } catch (YAMLException e) {
            // limits (aliases, size, depth) are reported without a mark
            return Optional.of(finding(file, UNPARSEABLE_YAML, 0, "YAML is refused: " + e.getMessage()));
        }
    }

    /**
     * How many nodes the document has once its aliases are copied out, as a tool that reads it will: counted over the
     * graph, each node once, so that counting a bomb costs no more than reading it. A node that contains itself
     * counts as too many.
     */
    private static long expandedSize(Node node, Map<Node, Long> sizes) {
        Long known = sizes.get(node);
        if (known != null) {
            return known;
        }
        sizes.put(node, TOO_MANY); // while it is being counted: a cycle back to it is too many
        long size = 1;
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                size = plus(size, expandedSize(item, sizes));
            }
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                size = plus(size, plus(expandedSize(tuple.getKeyNode(), sizes), expandedSize(tuple.getValueNode(),
                        sizes)));
            }
        }
        sizes.put(node, size);
        return size;
    }

    private static long plus(long a, long b) {
        return a >= TOO_MANY - b ? TOO_MANY : a + b;
    }

    private static Optional<Finding> json(ConfigurationFile file) {
        try (JsonParser parser = JSON.createParser(file.content())) {
            if (parser.nextToken() == null) {
                return Optional.of(finding(file, UNPARSEABLE_JSON, 1, "JSON does not parse: the file holds no value"));
            }
            parser.skipChildren();
            JsonToken after = parser.nextToken();
            if (after != null) {
                JsonLocation where = parser.currentTokenLocation();
                return Optional.of(finding(file, UNPARSEABLE_JSON, where.getLineNr(),
                        "JSON does not parse: more than one value (line " + where.getLineNr() + ")"));
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            int line = where == null ? 0 : Math.max(where.getLineNr(), 0);
            String why = QUOTED_TOKEN.matcher(e.getOriginalMessage()).replaceAll("a token")
                    .replaceAll("\\s+", " ");
            return Optional.of(finding(file, UNPARSEABLE_JSON, line, "JSON does not parse: " + why
                    + (line > 0 ? " (line " + line + ", column " + where.getColumnNr() + ")" : "")));
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    private static Finding finding(ConfigurationFile file, String rule, int line, String message) {
        return new Finding(FindingKind.LINT, Severity.ERROR, file.path(), line, rule, message);
    }
}
