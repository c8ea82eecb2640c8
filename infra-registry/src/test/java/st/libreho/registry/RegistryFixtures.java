package st.libreho.registry;

import static st.libreho.directory.testing.DirectoryFixtures.entry;
import static st.libreho.directory.testing.DirectoryFixtures.member;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import st.libreho.directory.Directory;
import st.libreho.platform.Actor;

/**
 * People, organisations and files for the registry's tests. The dev sign-in's users are {@code member},
 * {@code delegate}, {@code person} and {@code operator}, each with the address {@code <user>@example.com}; the first
 * two are put in the delegations of two member organisations. The database is shared by every test class of a run,
 * so slugs are unique.
 */
public final class RegistryFixtures {

    public static final Actor MEMBER = new Actor("member", "Mia Member", "member@example.com", true, false);
    public static final Actor OTHER = new Actor("delegate", "Dan Delegate", "delegate@example.com", true, false);
    public static final Actor PERSON = new Actor("person", "Pat Person", "person@example.com", true, false);
    public static final Actor OPERATOR = new Actor("operator", "Olga Operator", "operator@example.com", true, true);

    /** The three files of the Bonfire recipe for Co-op Cloud (../shared/data/recipes/bonfire), as published. */
    public static final List<String> BONFIRE_FILES = List.of(".env.sample", "compose.postgres.yml", "compose.yml");

    private RegistryFixtures() {
    }

    /** Two member organisations, one with member@ in its delegation and one with delegate@; their slugs. */
    public static Organisations organisations(Directory directory) {
        String owner = uniqueSlug("reg-owner");
        String other = uniqueSlug("reg-other");
        member(directory, owner, entry("Registry Owner", "FR", "member@example.com", "fr"));
        member(directory, other, entry("Registry Other", "BE", "delegate@example.com", "fr"));
        return new Organisations(owner, other);
    }

    public record Organisations(String owner, String other) {
    }

    public static ConfigurationDraft bonfire(String owner, String slug) {
        return new ConfigurationDraft(owner, slug, "Bonfire on Co-op Cloud",
                new Software("Bonfire", "https://github.com/bonfire-networks/bonfire-app", "AGPL-3.0-only"),
                ConfigurationFormat.DOCKER_COMPOSE, List.of("Fediverse", "social"), ConfigurationStatus.PRODUCTION,
                "# Bonfire\n\nA recipe for *Docker Swarm*.");
    }

    public static List<ConfigurationFile> bonfireFiles() {
        List<ConfigurationFile> files = new ArrayList<>();
        for (String name : BONFIRE_FILES) {
            files.add(new ConfigurationFile(name, resource("/registry-demo/bonfire/" + name)));
        }
        return files;
    }

    /** The recipe's files with one file changed: its text with {@code line} added at its end. */
    public static List<ConfigurationFile> withLineAdded(List<ConfigurationFile> files, String path, String line) {
        return files.stream().map(file -> file.path().equals(path)
                ? new ConfigurationFile(path, file.content() + line + "\n")
                : file).toList();
    }

    static String resource(String name) {
        try (InputStream in = RegistryFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
