package st.libreho.registry.internal.git;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;
import static st.libreho.registry.RegistryFixtures.MEMBER;
import static st.libreho.registry.RegistryFixtures.bonfire;
import static st.libreho.registry.RegistryFixtures.bonfireFiles;
import static st.libreho.registry.RegistryFixtures.withLineAdded;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import jakarta.inject.Inject;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import st.libreho.directory.Directory;
import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.Registry;
import st.libreho.registry.RegistryFixtures;
import st.libreho.registry.VersionDraft;

/**
 * How people who use Co-op Cloud's abra, or plain git, get a recipe: {@code git clone <base>/registry/owner/slug.git}
 * gives one commit per version, tagged, each holding exactly the files published.
 */
@QuarkusTest
class GitCloneTest {

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

    private String owner;
    private String slug;
    private List<ConfigurationFile> second;

    @BeforeEach
    void bonfireInTwoVersions() {
        owner = RegistryFixtures.organisations(directory).owner();
        slug = uniqueSlug("bonfire-git");
        registry.create(bonfire(owner, slug), MEMBER);
        registry.publish(owner, slug, new VersionDraft("1.0.0", "First.", bonfireFiles(), null), false, MEMBER);
        second = withLineAdded(bonfireFiles(), "compose.yml", "# backups every night");
        registry.publish(owner, slug, new VersionDraft("1.1.0", "Nightly backups: <script>x</script> & co.", second,
                null), false, MEMBER);
    }

    private String url() {
        return root.toString().replaceAll("/+$", "") + "/registry/" + owner + "/" + slug + ".git";
    }

    @Test
    void gitCloneGivesOneCommitPerVersionTaggedWithThePublishedFiles() throws Exception {
        try (Git clone = Git.cloneRepository().setURI(url()).setDirectory(temp.resolve("clone").toFile()).call()) {
            Repository repository = clone.getRepository();
            List<RevCommit> log = new ArrayList<>();
            clone.log().call().forEach(log::add);
            assertEquals(2, log.size());
            assertEquals("Version 1.1.0\n\nNightly backups: <script>x</script> & co.\n", log.get(0).getFullMessage());
            assertEquals("Version 1.0.0\n\nFirst.\n", log.get(1).getFullMessage());
            assertEquals("Mia Member", log.get(0).getAuthorIdent().getName());
            assertFalse(log.get(0).getAuthorIdent().getEmailAddress().contains("example.com"),
                    "nobody's address is published");
            assertEquals(registry.version(owner, slug, "1.1.0").orElseThrow().publishedAt().getEpochSecond(),
                    log.get(0).getAuthorIdent().getWhenAsInstant().getEpochSecond());

            assertEquals("main", repository.getBranch());
            assertEquals(log.get(0), peeled(repository, "refs/tags/v1.1.0"));
            assertEquals(log.get(1), peeled(repository, "refs/tags/v1.0.0"));
            assertEquals(files(bonfireFiles()), GitHistoryTest.files(repository, log.get(1)));
            assertEquals(files(second), GitHistoryTest.files(repository, log.get(0)));
            // the working tree is the latest version
            assertEquals(files(second).get("compose.yml"), Files.readString(temp.resolve("clone/compose.yml")));

            // the same ids as the registry's own build of its history: a clone made elsewhere, or later, agrees
            Repository built = GitHistory.build(owner, slug, registry.history(owner, slug)).repository();
            assertEquals(built.exactRef(GitHistory.BRANCH).getObjectId(), log.get(0).getId());
        }
    }

    @Test
    void aCloneFetchesTheNextVersion() throws Exception {
        try (Git clone = Git.cloneRepository().setURI(url()).setDirectory(temp.resolve("fetch").toFile()).call()) {
            List<ConfigurationFile> third = withLineAdded(second, ".env.sample", "# a comment");
            registry.publish(owner, slug, new VersionDraft("1.2.0", "Comment.", third, null), false, MEMBER);

            clone.fetch().setRemote("origin").setTagOpt(org.eclipse.jgit.transport.TagOpt.FETCH_TAGS).call();
            Repository repository = clone.getRepository();
            RevCommit latest = peeled(repository, "refs/tags/v1.2.0");
            assertEquals(repository.exactRef("refs/remotes/origin/main").getObjectId(), latest.getId());
            assertEquals(peeled(repository, "refs/tags/v1.1.0"), latest.getParent(0));
            assertEquals(files(third), GitHistoryTest.files(repository, latest));
        }
    }

    @Test
    void aRepositoryIsBuiltOncePerVersionAndKept() {
        Repository kept = gitRepositories.repository(owner, slug).orElseThrow();
        assertSame(kept, gitRepositories.repository(owner, slug).orElseThrow());

        registry.publish(owner, slug, new VersionDraft("1.2.0", "", second, null), false, MEMBER);
        Repository next = gitRepositories.repository(owner, slug).orElseThrow();
        assertNotSame(kept, next);
        assertTrue(gitRepositories.repository(owner, "no-such-" + slug).isEmpty());
    }

    @Test
    void theAdvertisementListsMainAndTheTagsInProtocolZeroAndTwo() {
        Response v0 = given().get("/registry/" + owner + "/" + slug + ".git/info/refs?service=git-upload-pack");
        v0.then().statusCode(200).contentType(GitResource.ADVERTISEMENT).header("Cache-Control",
                containsString("no-cache"));
        String refs = v0.asString();
        assertTrue(refs.startsWith("001e# service=git-upload-pack\n0000"), refs);
        assertTrue(refs.contains(" refs/heads/main\n") && refs.contains(" refs/tags/v1.0.0\n")
                && refs.contains(" refs/tags/v1.0.0^{}\n") && refs.contains(" refs/tags/v1.1.0\n"), refs);
        assertTrue(refs.contains("symref=HEAD:refs/heads/main"), refs);

        Collection<Ref> remote = lsRemote();
        assertTrue(remote.stream().anyMatch(ref -> ref.getName().equals("refs/tags/v1.1.0")), remote.toString());

        String v2 = given().header("Git-Protocol", "version=2")
                .get("/registry/" + owner + "/" + slug + ".git/info/refs?service=git-upload-pack").then()
                .statusCode(200).contentType(GitResource.ADVERTISEMENT).extract().asString();
        assertTrue(v2.startsWith("000dversion 2"), v2);
        assertTrue(v2.contains("ls-refs"), v2);
    }

    private Collection<Ref> lsRemote() {
        try {
            return Git.lsRemoteRepository().setRemote(url()).setTags(true).call();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aGzippedNegotiationIsUnderstood() throws IOException {
        String tip = lsRemote().stream().filter(ref -> ref.getName().equals("refs/tags/v1.1.0")).findFirst()
                .orElseThrow().getPeeledObjectId().name();
        String negotiation = pkt("want " + tip + "\n") + "0000" + pkt("done\n");
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(negotiation.getBytes(StandardCharsets.US_ASCII));
        }
        byte[] result = given().contentType(GitResource.REQUEST).header("Content-Encoding", "gzip")
                .body(gzipped.toByteArray()).post("/registry/" + owner + "/" + slug + ".git/git-upload-pack").then()
                .statusCode(200).contentType(GitResource.RESULT).extract().asByteArray();
        // no common commit, then the pack itself
        assertArrayEquals("0008NAK\nPACK".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(result, 12));
    }

    @Test
    void anUnknownConfigurationIsNotFoundAndNobodyPushes() {
        given().get("/registry/" + owner + "/no-such-" + slug + ".git/info/refs?service=git-upload-pack").then()
                .statusCode(404);
        given().contentType(GitResource.REQUEST).body("0000".getBytes(StandardCharsets.US_ASCII)).post("/registry/"
                + owner + "/no-such-" + slug
                + ".git/git-upload-pack").then().statusCode(404);
        given().get("/registry/" + owner + "/" + slug + ".git/info/refs?service=git-receive-pack").then()
                .statusCode(403).body(containsString("read-only"));
        given().contentType("application/x-git-receive-pack-request").body("0000".getBytes(StandardCharsets.US_ASCII))
                .post("/registry/" + owner + "/" + slug + ".git/git-receive-pack").then().statusCode(403);
        // the dumb protocol is not served
        given().get("/registry/" + owner + "/" + slug + ".git/info/refs").then().statusCode(403);
    }

    /** The git program itself, where the machine has it (protocol v2 by default, and v0 as older gits speak it). */
    @Test
    void theGitProgramClonesToo() throws Exception {
        Assumptions.assumeTrue(gitProgram(temp.toFile(), "--version").exitCode() == 0, "git is not installed");
        for (String protocol : List.of("2", "0")) {
            File into = temp.resolve("cli-" + protocol).toFile();
            Run clone = gitProgram(temp.toFile(), "-c", "protocol.version=" + protocol, "clone", url(),
                    into.getPath());
            assertEquals(0, clone.exitCode(), clone.output());
            Run tags = gitProgram(into, "tag", "--list");
            assertEquals("v1.0.0\nv1.1.0\n", tags.output());
            Run log = gitProgram(into, "log", "--format=%an|%s");
            assertEquals("Mia Member|Version 1.1.0\nMia Member|Version 1.0.0\n", log.output());
            assertEquals(0, gitProgram(into, "fsck", "--strict").exitCode());
            Run diff = gitProgram(into, "diff", "--stat", "v1.0.0", "v1.1.0");
            assertTrue(diff.output().contains("compose.yml | 1 +"), diff.output());
        }
    }

    record Run(int exitCode, String output) {
    }

    private Run gitProgram(File directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory).redirectErrorStream(true);
        // no one's settings: a clean home, no system configuration, never a prompt
        builder.environment().put("HOME", temp.toString());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process process;
        try {
            process = builder.start();
        } catch (IOException notInstalled) {
            return new Run(-1, notInstalled.getMessage());
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("git " + String.join(" ", arguments) + " did not finish");
        }
        return new Run(process.exitValue(), output);
    }

    private static RevCommit peeled(Repository repository, String tag) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId id = repository.exactRef(tag).getObjectId();
            return walk.parseCommit(walk.peel(walk.parseAny(id)));
        }
    }

    private static Map<String, String> files(List<ConfigurationFile> files) {
        Map<String, String> byPath = new TreeMap<>();
        files.forEach(file -> byPath.put(file.path(), file.content()));
        return byPath;
    }

    private static String pkt(String line) {
        return String.format("%04x", line.length() + 4) + line;
    }
}
