package st.libreho.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;
import static st.libreho.registry.RegistryFixtures.MEMBER;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.jgit.api.Git;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import st.libreho.directory.Directory;
import st.libreho.registry.internal.git.GitRepositories;

/**
 * The issue's figures: the time to publish a version of 200 files of 10 KB each, every check included (files, secret
 * scan, lint, variables, hash, storage), and to diff two such versions with a tenth of their files changed; targets
 * on the 2-core machine: publish under 1 s, diff under 200 ms. Also the first and a later {@code git clone} of the
 * configuration. Measured through the facade, as the API and the pages call it; no time is asserted (compare before
 * and after a change, on the same machine). Runs only with {@code -Pbenchmark}; the figures are logged and written to
 * {@code infra-registry/target/benchmark-registry.txt}.
 */
@QuarkusTest
@Tag("benchmark")
@TestProfile(RegistryBenchmarkTest.ProductionLimits.class)
class RegistryBenchmarkTest {

    private static final Logger LOG = Logger.getLogger(RegistryBenchmarkTest.class);

    static final int FILES = 200;
    static final int FILE_BYTES = 10 * 1024;
    static final int PUBLISH_WARM_UP = 3;
    static final int PUBLISH_ROUNDS = 10;
    static final int DIFF_WARM_UP = 5;
    static final int DIFF_ROUNDS = 30;
    static final int CLONES = 5;

    /** The production defaults (the module's tests use small limits to go over them cheaply). */
    public static class ProductionLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("librehosters.registry.files-per-version", "500", "librehosters.registry.bytes-per-file",
                    "1M", "librehosters.registry.bytes-per-version", "10M");
        }
    }

    @Inject
    Registry registry;

    @Inject
    Directory directory;

    @Inject
    GitRepositories gitRepositories;

    @TestHTTPResource("/")
    URL root;

    @TempDir
    Path temp;

    @Test
    void publishAndDiffAVersionOf200FilesOf10Kb() throws Exception {
        String owner = RegistryFixtures.organisations(directory).owner();
        String slug = uniqueSlug("bench");
        registry.create(new ConfigurationDraft(owner, slug, "Benchmark stack",
                new Software("Stack", "https://example.org/stack", "AGPL-3.0-only"), ConfigurationFormat.DOCKER_COMPOSE,
                List.of("benchmark"), ConfigurationStatus.EXPERIMENTAL, "# Stack\n"), MEMBER);
        List<ConfigurationFile> files = GeneratedStack.files(FILES, FILE_BYTES);
        long bytes = files.stream().mapToLong(f -> f.content().getBytes(StandardCharsets.UTF_8).length).sum();

        List<Double> publish = new ArrayList<>();
        int published = 0;
        for (int round = 0; round < PUBLISH_WARM_UP + PUBLISH_ROUNDS; round++) {
            // each version changes a tenth of the files, as a real new version does
            files = GeneratedStack.changed(files, round);
            long start = System.nanoTime();
            PublishResult result = registry.publish(owner, slug, new VersionDraft("1.0." + round, "Round " + round,
                    files, null), false, MEMBER);
            double millis = (System.nanoTime() - start) / 1e6;
            assertTrue(result.stored());
            published++;
            if (round >= PUBLISH_WARM_UP) {
                publish.add(millis);
            }
        }

        // the same checks without storing: what the checks cost, and the rest is storage
        List<Double> dryRun = new ArrayList<>();
        for (int round = 0; round < PUBLISH_ROUNDS; round++) {
            long start = System.nanoTime();
            PublishResult result = registry.publish(owner, slug, new VersionDraft("2.0.0", "Dry run", files, null),
                    true, MEMBER);
            dryRun.add((System.nanoTime() - start) / 1e6);
            assertTrue(!result.stored());
        }

        String from = "1.0." + (published - 2);
        String to = "1.0." + (published - 1);
        List<Double> diff = new ArrayList<>();
        for (int round = 0; round < DIFF_WARM_UP + DIFF_ROUNDS; round++) {
            long start = System.nanoTime();
            VersionComparison comparison = registry.diff(owner, slug, from, to);
            double millis = (System.nanoTime() - start) / 1e6;
            assertEquals(FILES / 10, comparison.changes().size());
            if (round >= DIFF_WARM_UP) {
                diff.add(millis);
            }
        }

        long start = System.nanoTime();
        gitRepositories.repository(owner, slug).orElseThrow();
        double gitBuild = (System.nanoTime() - start) / 1e6;
        String url = root.toString().replaceAll("/+$", "") + "/registry/" + owner + "/" + slug + ".git";
        List<Double> clones = new ArrayList<>();
        for (int round = 0; round < CLONES; round++) {
            clones.add(cloneMillis(url, "clone-" + round));
        }

        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "Registry: a version of %d files, %d KB in all (%d bytes a file on "
                + "average), a tenth of them changed from one version to the next", FILES, bytes / 1024,
                bytes / FILES));
        report.add(String.format(Locale.ROOT, "publish (checks and storage), %d rounds after %d: min %.0f ms, "
                + "median %.0f ms, max %.0f ms (target: under 1000 ms)", PUBLISH_ROUNDS, PUBLISH_WARM_UP,
                min(publish), median(publish), max(publish)));
        report.add(String.format(Locale.ROOT, "diff %s..%s (%d files changed), %d rounds after %d: min %.1f ms, "
                + "median %.1f ms, max %.1f ms (target: under 200 ms)", from, to, FILES / 10, DIFF_ROUNDS,
                DIFF_WARM_UP, min(diff), median(diff), max(diff)));
        report.add(String.format(Locale.ROOT, "publish's checks alone (dry run), %d rounds: min %.0f ms, median "
                + "%.0f ms, max %.0f ms", PUBLISH_ROUNDS, min(dryRun), median(dryRun), max(dryRun)));
        report.add(String.format(Locale.ROOT, "git: building the repository of its %d versions %.0f ms (once per "
                + "new version); git clone over HTTP (JGit's client, checkout included), %d rounds: min %.0f ms, "
                + "median %.0f ms", published, gitBuild, CLONES, min(clones), median(clones)));
        report.forEach(LOG::info);
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve("benchmark-registry.txt"), report);
    }

    private double cloneMillis(String url, String name) throws Exception {
        long start = System.nanoTime();
        try (Git clone = Git.cloneRepository().setURI(url).setDirectory(temp.resolve(name).toFile()).call()) {
            double millis = (System.nanoTime() - start) / 1e6;
            assertTrue(Files.isDirectory(temp.resolve(name).resolve("services")));
            return millis;
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static double min(List<Double> values) {
        return Collections.min(values);
    }

    static double max(List<Double> values) {
        return Collections.max(values);
    }

    /** A stack of services as a member would publish it: compose files and their .env samples, with placeholders. */
    static final class GeneratedStack {

        private GeneratedStack() {
        }

        static List<ConfigurationFile> files(int count, int bytes) {
            List<ConfigurationFile> files = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String group = String.format(Locale.ROOT, "g%03d", i / 2);
                files.add(i % 2 == 0
                        ? new ConfigurationFile("services/" + group + "/compose.yml", compose(i / 2, bytes))
                        : new ConfigurationFile("services/" + group + "/.env.sample", env(i / 2, bytes)));
            }
            return files;
        }

        /** The files with one in ten changed: a line added to each file whose index ends in {@code round % 10}. */
        static List<ConfigurationFile> changed(List<ConfigurationFile> files, int round) {
            List<ConfigurationFile> next = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                ConfigurationFile file = files.get(i);
                next.add(i % 10 == round % 10
                        ? new ConfigurationFile(file.path(), file.content() + "# changed in round " + round + "\n")
                        : file);
            }
            return next;
        }

        static String compose(int group, int bytes) {
            StringBuilder text = new StringBuilder();
            text.append("---\n# Group ").append(group).append(": the services of one part of the stack.\n")
                    .append("# Values come from the .env file beside this one.\n\nservices:\n");
            for (int j = 0; text.length() < bytes - 200; j++) {
                String name = "app" + group + "-" + j;
                text.append("  ").append(name).append(":\n")
                        .append("    image: registry.example.org/stack/app").append(j % 20)
                        .append(":${APP_VERSION:-1.4.2}\n")
                        .append("    restart: unless-stopped\n")
                        .append("    environment:\n")
                        .append("      - DOMAIN=${DOMAIN}\n")
                        .append("      - WORKERS_").append(j % 20).append("=${WORKERS_").append(j % 20)
                        .append(":-4}\n")
                        .append("      - LOG_LEVEL=${LOG_LEVEL:-info}\n")
                        .append("      - SMTP_HOST=${SMTP_HOST:-mail.example.org}\n")
                        .append("    networks:\n      - internal\n      - proxy\n")
                        .append("    deploy:\n      resources:\n        limits:\n          memory: 256M\n")
                        .append("      labels:\n        - \"traefik.enable=true\"\n")
                        .append("        - \"traefik.http.routers.").append(name)
                        .append(".rule=Host(`${DOMAIN}`) && PathPrefix(`/").append(name).append("`)\"\n")
                        .append("    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8080/health\"]\n")
                        .append("      interval: 30s\n      timeout: 10s\n      retries: 3\n\n");
            }
            text.append("networks:\n  internal:\n  proxy:\n    external: true\n");
            return text.toString();
        }

        static String env(int group, int bytes) {
            StringBuilder text = new StringBuilder();
            text.append("# Settings of group ").append(group).append(": copy to .env and change what you need.\n\n")
                    .append("DOMAIN=group").append(group).append(".example.org\n\n");
            for (int j = 0; text.length() < bytes - 200; j++) {
                text.append("# Worker processes of application ").append(j % 20)
                        .append(": raise it on a larger machine, lower it on a small one.\n")
                        .append("# Each worker takes about 60 MB of memory under load.\n")
                        .append("#WORKERS_").append(j % 20).append("=4\n")
                        .append("# The log level, one of debug, info, warning, error.\n")
                        .append("#LOG_LEVEL=info\n")
                        .append("# The mail relay that sends notifications.\n")
                        .append("#SMTP_HOST=mail.example.org\n")
                        .append("#APP_VERSION=1.4.2\n\n");
            }
            return text.toString();
        }
    }
}
