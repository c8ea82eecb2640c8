package st.libreho.registry.internal.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;

import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.VersionView;

/** A configuration's versions as git history, without a server: what each commit holds, and always the same ids. */
class GitHistoryTest {

    static final Instant FIRST = Instant.parse("2026-01-02T03:04:05.123456Z");
    static final Instant SECOND = Instant.parse("2026-02-03T04:05:06Z");

    static List<VersionView> versions() {
        return List.of(
                version("1.0.0", "First: <script>alert(1)</script> & more.\r\nSecond line.", "Mia Member", FIRST,
                        List.of(new ConfigurationFile("compose.yml", "services:\n  app:\n    image: app:1\n"),
                                new ConfigurationFile("config/nginx.conf", "server { listen 80; }\n"),
                                new ConfigurationFile(".env.sample", "DOMAIN=\n"))),
                version("1.1.0", "", "Dan <dan@example.com>\nDelegate", SECOND,
                        List.of(new ConfigurationFile("compose.yml", "services:\n  app:\n    image: app:2\n"),
                                new ConfigurationFile("config/nginx.conf", "server { listen 80; }\n"))));
    }

    static VersionView version(String number, String changelog, String author, Instant at,
            List<ConfigurationFile> files) {
        return new VersionView("owner", "app", "App", number, changelog, "", "sha256:x", author, at, files, List.of(),
                List.of(), false);
    }

    @Test
    void theSameVersionsGiveTheSameCommitsEveryTime() throws IOException {
        Repository one = GitHistory.build("owner", "app", versions()).repository();
        Repository two = GitHistory.build("owner", "app", versions()).repository();
        assertEquals(one.getRefDatabase().getRefs().toString(), two.getRefDatabase().getRefs().toString());
        // and the same as when this test was written: a change here changes every clone's history
        assertEquals("48b3197128ee0bb4566b8b7b27dbb5b24d69fe8f", one.exactRef(GitHistory.BRANCH).getObjectId().name());
    }

    @Test
    void oneCommitPerVersionOldestFirstWithItsFilesAuthorDateAndChangelog() throws IOException {
        Repository repository = GitHistory.build("owner", "app", versions()).repository();
        Ref head = repository.exactRef(Constants.HEAD);
        assertTrue(head.isSymbolic());
        assertEquals(GitHistory.BRANCH, head.getTarget().getName());
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit latest = walk.parseCommit(head.getObjectId());
            assertEquals(1, latest.getParentCount());
            RevCommit first = walk.parseCommit(latest.getParent(0));
            assertEquals(0, first.getParentCount());

            assertEquals("Version 1.0.0\n\nFirst: <script>alert(1)</script> & more.\nSecond line.\n",
                    first.getFullMessage());
            assertEquals("Version 1.1.0\n", latest.getFullMessage());
            assertEquals("Mia Member", first.getAuthorIdent().getName());
            assertEquals("Dan dan@example.com Delegate", latest.getAuthorIdent().getName());
            for (RevCommit commit : List.of(first, latest)) {
                assertEquals(GitHistory.EMAIL, commit.getAuthorIdent().getEmailAddress());
                assertEquals(GitHistory.EMAIL, commit.getCommitterIdent().getEmailAddress());
                assertEquals(GitHistory.COMMITTER, commit.getCommitterIdent().getName());
            }
            assertEquals(FIRST.getEpochSecond(), first.getAuthorIdent().getWhenAsInstant().getEpochSecond());
            assertEquals(SECOND.getEpochSecond(), latest.getCommitterIdent().getWhenAsInstant().getEpochSecond());

            assertEquals(Map.of("compose.yml", "services:\n  app:\n    image: app:1\n", "config/nginx.conf",
                    "server { listen 80; }\n", ".env.sample", "DOMAIN=\n"), files(repository, first));
            // a file left out of a version is gone from its commit
            assertEquals(Map.of("compose.yml", "services:\n  app:\n    image: app:2\n", "config/nginx.conf",
                    "server { listen 80; }\n"), files(repository, latest));

            RevTag tag = walk.parseTag(repository.exactRef("refs/tags/v1.0.0").getObjectId());
            assertEquals(first, tag.getObject());
            assertEquals("v1.0.0", tag.getTagName());
            assertEquals(latest, walk.parseTag(repository.exactRef("refs/tags/v1.1.0").getObjectId()).getObject());
        }
    }

    @Test
    void aConfigurationWithoutVersionsIsAnEmptyRepository() throws IOException {
        Repository repository = GitHistory.build("owner", "app", List.of()).repository();
        assertNull(repository.exactRef(GitHistory.BRANCH));
        assertTrue(repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS).isEmpty());
        assertNotNull(repository.exactRef(Constants.HEAD));
    }

    static Map<String, String> files(Repository repository, RevCommit commit) throws IOException {
        return files(repository, commit.getTree());
    }

    static Map<String, String> files(Repository repository, ObjectId tree) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            while (walk.next()) {
                files.put(walk.getPathString(), new String(repository.open(walk.getObjectId(0)).getBytes(),
                        StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
