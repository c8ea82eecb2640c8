package st.libreho.registry.internal.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import st.libreho.registry.ConfigurationFile;

/** The Bonfire recipe for Co-op Cloud, three files of a real shared configuration, as test resources. */
final class Bonfire {

    static final String COMPOSE = "compose.yml";
    static final String POSTGRES = "compose.postgres.yml";
    static final String ENV = ".env.sample";

    private Bonfire() {
    }

    static List<ConfigurationFile> files() {
        return List.of(file(COMPOSE), file(POSTGRES), file(ENV));
    }

    static ConfigurationFile file(String name) {
        try (InputStream in = Bonfire.class.getResourceAsStream("/registry-demo/bonfire/" + name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: registry-demo/bonfire/" + name);
            }
            return new ConfigurationFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recipe with {@code text} inserted as line {@code line} of file {@code name}. */
    static List<ConfigurationFile> withLine(String name, int line, String text) {
        List<ConfigurationFile> files = new ArrayList<>();
        for (ConfigurationFile file : files()) {
            if (file.path().equals(name)) {
                List<String> lines = new ArrayList<>(file.content().lines().toList());
                lines.add(line - 1, text);
                files.add(new ConfigurationFile(name, String.join("\n", lines) + "\n"));
            } else {
                files.add(file);
            }
        }
        return files;
    }

    /** The line (from 1) of file {@code name} that contains {@code text}. */
    static int lineOf(String name, String text) {
        List<String> lines = file(name).content().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(text + " is not in " + name);
    }
}
