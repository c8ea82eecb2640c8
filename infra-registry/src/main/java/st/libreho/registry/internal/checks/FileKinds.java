package st.libreho.registry.internal.checks;

import java.util.regex.Pattern;

/** What a file is, by its name: the syntaxes a check reads in it depend on it. */
final class FileKinds {

    private static final Pattern COMPOSE = Pattern.compile("(?i)(?:docker-)?compose(?:[._-][^/]*)?\\.ya?ml");
    private static final Pattern YAML = Pattern.compile("(?i).*\\.ya?ml");
    private static final Pattern JSON = Pattern.compile("(?i).*\\.json");

    private FileKinds() {
    }

    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@code .env}, {@code .env.sample}, {@code .env.production}, {@code app.env}. */
    static boolean isEnv(String path) {
        String name = name(path);
        return name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env");
    }

    /** {@code compose.yml}, {@code compose.postgres.yml}, {@code docker-compose.override.yaml}. */
    static boolean isCompose(String path) {
        return COMPOSE.matcher(name(path)).matches();
    }

    static boolean isYaml(String path) {
        return YAML.matcher(name(path)).matches();
    }

    static boolean isJson(String path) {
        return JSON.matcher(name(path)).matches();
    }
}
