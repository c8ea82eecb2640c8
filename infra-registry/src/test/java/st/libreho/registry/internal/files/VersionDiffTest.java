package st.libreho.registry.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import st.libreho.registry.ConfigurationFile;

/** Diffs between versions: git's format, and patches that git, JGit and GNU patch apply back. */
class VersionDiffTest {

    private static final List<ConfigurationFile> FROM = List.of(
            new ConfigurationFile("compose.yml", "services:\n  web:\n    image: nginx:1.25\n    ports:\n      - 80:80\n"
                    + "    restart: always\n    environment:\n      TZ: UTC\n      LANG: C.UTF-8\n    volumes:\n"
                    + "      - ./site:/usr/share/nginx/html:ro\n"),
            new ConfigurationFile("README.md", "old\n"),
            new ConfigurationFile("same.txt", "unchanged\n"));

    private static final List<ConfigurationFile> TO = List.of(
            new ConfigurationFile("same.txt", "unchanged\n"),
            new ConfigurationFile("compose.yml", "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - 80:80\n"
                    + "    restart: always\n    environment:\n      TZ: UTC\n      LANG: C.UTF-8\n    volumes:\n"
                    + "      - ./site:/usr/share/nginx/html:ro\n      - ./conf:/etc/nginx/conf.d:ro\n"),
            new ConfigurationFile("config/site.conf", "server {\n  listen 80;\n}"));

    @Test
    void theDiffIsGitsUnifiedFormat() {
        VersionDiff diff = VersionDiff.between(FROM, TO);
        assertEquals("""
                diff --git a/README.md b/README.md
                deleted file mode 100644
                --- a/README.md
                +++ /dev/null
                @@ -1 +0,0 @@
                -old
                diff --git a/compose.yml b/compose.yml
                --- a/compose.yml
                +++ b/compose.yml
                @@ -1,6 +1,6 @@
                 services:
                   web:
                -    image: nginx:1.25
                +    image: nginx:1.27
                     ports:
                       - 80:80
                     restart: always
                @@ -9,3 +9,4 @@
                       LANG: C.UTF-8
                     volumes:
                       - ./site:/usr/share/nginx/html:ro
                +      - ./conf:/etc/nginx/conf.d:ro
                diff --git a/config/site.conf b/config/site.conf
                new file mode 100644
                --- /dev/null
                +++ b/config/site.conf
                @@ -0,0 +1,3 @@
                +server {
                +  listen 80;
                +}
                \\ No newline at end of file
                """, diff.unified());
    }

    @Test
    void changesAreListedByPathWithTheirKindAndLineCounts() {
        VersionDiff diff = VersionDiff.between(FROM, TO);
        assertEquals(List.of("README.md", "compose.yml", "config/site.conf"),
                diff.changes().stream().map(FileChange::path).toList());
        assertEquals(List.of(ChangeKind.REMOVED, ChangeKind.MODIFIED, ChangeKind.ADDED),
                diff.changes().stream().map(FileChange::kind).toList());
        FileChange compose = diff.changes().get(1);
        assertEquals(2, compose.additions());
        assertEquals(1, compose.deletions());
        assertTrue(compose.unifiedDiff().startsWith("diff --git a/compose.yml b/compose.yml\n"));
        assertEquals(3, diff.changes().get(2).additions());
        assertEquals(1, diff.changes().get(0).deletions());
    }

    @Test
    void identicalVersionsHaveAnEmptyDiff() {
        VersionDiff diff = VersionDiff.between(FROM, new ArrayList<>(FROM));
        assertTrue(diff.isEmpty());
        assertEquals("", diff.unified());
    }

    @Test
    void lineEndingsAndAFinalNewlineAreChanges() {
        VersionDiff diff = VersionDiff.between(List.of(new ConfigurationFile("a", "x\ny\n")),
                List.of(new ConfigurationFile("a", "x\r\ny")));
        assertEquals(2, diff.changes().get(0).deletions());
        assertTrue(diff.unified().contains("+x\r\n+y\n\\ No newline at end of file\n"), diff.unified());
    }

    @Test
    void theDiffAppliedByJGitGivesTheNewerVersion(@TempDir Path folder) throws Exception {
        List<ConfigurationFile> to = tricky(TO);
        List<ConfigurationFile> from = tricky(FROM);
        try (Git git = Git.init().setDirectory(folder.toFile()).call()) {
            write(folder, from);
            git.apply().setPatch(new ByteArrayInputStream(VersionDiff.between(from, to).unified()
                    .getBytes(StandardCharsets.UTF_8))).call();
        }
        assertEquals(byPath(to), read(folder));
    }

    @Test
    void theDiffAppliedByGitGivesTheNewerVersion(@TempDir Path folder) throws Exception {
        assumeTrue(runs("git", "--version"), "git is installed");
        List<ConfigurationFile> to = tricky(TO);
        List<ConfigurationFile> from = tricky(FROM);
        write(folder, from);
        Path patch = Files.writeString(folder.resolveSibling(folder.getFileName() + ".patch"),
                VersionDiff.between(from, to).unified());
        assertEquals(0, run(folder, "git", "apply", "--unsafe-paths", patch.toString()));
        assertEquals(byPath(to), read(folder));
    }

    @Test
    void theDiffAppliedByPatchGivesTheNewerVersion(@TempDir Path folder) throws Exception {
        assumeTrue(runs("patch", "--version"), "GNU patch is installed");
        write(folder, FROM);
        Path patch = Files.writeString(folder.resolveSibling(folder.getFileName() + ".patch"),
                VersionDiff.between(FROM, TO).unified());
        assertEquals(0, run(folder, "patch", "-p1", "-i", patch.toString()));
        assertEquals(byPath(TO), read(folder));
    }

    @Test
    void twoHundredFilesOfTenKilobytesDiffQuickly() {
        // not an assertion on time (a shared machine's figures vary): the figures are printed for the ADR
        Random random = new Random(42);
        List<ConfigurationFile> from = new ArrayList<>();
        List<ConfigurationFile> to = new ArrayList<>();
        for (int f = 0; f < 200; f++) {
            List<String> lines = new ArrayList<>();
            for (int l = 0; l < 270; l++) {
                lines.add("key_" + f + "_" + l + ": value " + random.nextInt(1_000_000) + " padding text");
            }
            String before = String.join("\n", lines) + "\n";
            for (int change = 0; change < 10; change++) {
                lines.set(random.nextInt(lines.size()), "changed " + random.nextInt());
            }
            from.add(new ConfigurationFile("dir" + (f % 10) + "/file" + f + ".yml", before));
            to.add(new ConfigurationFile("dir" + (f % 10) + "/file" + f + ".yml", String.join("\n", lines) + "\n"));
        }
        // CPU time as well as elapsed time: on a loaded machine the elapsed time measures the other processes
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] millis = new long[7];
        long[] cpuMillis = new long[millis.length];
        VersionDiff diff = null;
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            diff = VersionDiff.between(from, to);
            diff.unified();
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            cpuMillis[run] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        }
        System.out.printf("VersionDiff: 200 files, %d KiB, %d lines changed: first run %d ms (CPU %d ms), then median "
                + "%d ms (CPU %d ms), best %d ms%n", from.stream().mapToLong(file -> file.content().length()).sum()
                        / 1024,
                diff.changes().stream().mapToInt(FileChange::additions).sum(), millis[0], cpuMillis[0],
                median(millis), median(cpuMillis), Arrays.stream(millis, 1, millis.length).min().orElseThrow());
        assertEquals(200, diff.changes().size());
    }

    private static long median(long[] runs) {
        long[] warm = Arrays.copyOfRange(runs, 1, runs.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    /** The files with names git must quote or keep: a space, a quote, accents. */
    private static List<ConfigurationFile> tricky(List<ConfigurationFile> files) {
        List<ConfigurationFile> renamed = new ArrayList<>();
        for (ConfigurationFile file : files) {
            renamed.add(new ConfigurationFile(file.path().equals("README.md") ? "docs/lisez \"moi\" é.md"
                    : file.path(), file.content()));
        }
        return renamed;
    }

    private static void write(Path folder, List<ConfigurationFile> files) throws IOException {
        for (ConfigurationFile file : files) {
            Path path = folder.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.content());
        }
    }

    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.filter(Files::isRegularFile).toList()) {
                String relative = folder.relativize(path).toString().replace(File.separatorChar, '/');
                if (!relative.startsWith(".git/") && !relative.endsWith(".orig")) {
                    files.put(relative, Files.readString(path));
                }
            }
        }
        return files;
    }

    private static Map<String, String> byPath(List<ConfigurationFile> files) {
        Map<String, String> byPath = new TreeMap<>();
        files.forEach(file -> byPath.put(file.path(), file.content()));
        return byPath;
    }

    private static boolean runs(String... command) {
        try {
            return run(null, command) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static int run(Path folder, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (folder != null) {
            builder.directory(folder.toFile());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            int status = process.waitFor();
            if (status != 0) {
                System.out.println(String.join(" ", command) + ": " + output);
            }
            return status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
