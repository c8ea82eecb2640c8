package st.libreho.registry.internal.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.dfs.DfsGarbageCollector;
import org.eclipse.jgit.internal.storage.dfs.DfsPackFile;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.storage.pack.PackConfig;

import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.VersionView;

/**
 * A configuration's versions as a git repository, in memory: one commit per version, oldest first, each commit's tree
 * exactly that version's files, tagged {@code v<version>} (annotated), {@code main} and {@code HEAD} at the last.
 * <p>
 * Nothing in it depends on when or where it is built: the author is the version's author by name, the committer is
 * the registry, both dated when the version was published (UTC). The same versions therefore give the same commit
 * ids on every instance and at every rebuild, and a clone made last month fetches from one made today. Nobody's
 * e-mail address is in it: the registry does not publish them, and the {@code .invalid} domain (RFC 2606) cannot
 * reach anyone.
 */
final class GitHistory {

    static final String BRANCH = Constants.R_HEADS + "main";
    static final String EMAIL = "noreply@registry.librehosters.invalid";
    static final String COMMITTER = "Librehosters registry";

    private GitHistory() {
    }

    /** A built repository and the bytes its packs hold. */
    record Built(InMemoryRepository repository, long bytes) {
    }

    static Built build(String owner, String slug, List<VersionView> versions) throws IOException {
        InMemoryRepository repository = new InMemoryRepository.Builder()
                .setRepositoryDescription(new DfsRepositoryDescription(owner + "/" + slug)).build();
        ObjectId last = null;
        Map<String, ObjectId> tags = new LinkedHashMap<>();
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            for (VersionView version : versions) {
                PersonIdent registry = new PersonIdent(COMMITTER, EMAIL, version.publishedAt(), ZoneOffset.UTC);
                CommitBuilder commit = new CommitBuilder();
                commit.setTreeId(tree(inserter, version.files()));
                if (last != null) {
                    commit.setParentId(last);
                }
                commit.setAuthor(new PersonIdent(name(version.authorName()), EMAIL, version.publishedAt(),
                        ZoneOffset.UTC));
                commit.setCommitter(registry);
                commit.setMessage(message(version));
                last = inserter.insert(commit);

                String tagName = "v" + version.version();
                if (Repository.isValidRefName(Constants.R_TAGS + tagName)) {
                    TagBuilder tag = new TagBuilder();
                    tag.setTag(tagName);
                    tag.setObjectId(last, Constants.OBJ_COMMIT);
                    tag.setTagger(registry);
                    tag.setMessage("Version " + version.version() + "\n");
                    tags.put(Constants.R_TAGS + tagName, inserter.insert(tag));
                }
            }
            inserter.flush();
        }
        for (Map.Entry<String, ObjectId> tag : tags.entrySet()) {
            update(repository, tag.getKey(), tag.getValue());
        }
        if (last != null) {
            update(repository, BRANCH, last);
        }
        RefUpdate head = repository.updateRef(Constants.HEAD);
        head.disableRefLog();
        head.link(BRANCH);
        if (last != null) {
            compact(repository);
        }
        long bytes = 0;
        for (DfsPackFile pack : repository.getObjectDatabase().getPacks()) {
            bytes += pack.getPackDescription().getTotalFileSize();
        }
        return new Built(repository, bytes);
    }

    /**
     * One pack with deltas between versions: a fraction of the size, and every clone reuses the deltas instead of
     * searching for them again.
     */
    private static void compact(InMemoryRepository repository) throws IOException {
        PackConfig config = new PackConfig(repository);
        config.setThreads(1);
        new DfsGarbageCollector(repository).setPackConfig(config).pack(NullProgressMonitor.INSTANCE);
    }

    private static ObjectId tree(ObjectInserter inserter, List<ConfigurationFile> files) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        for (ConfigurationFile file : files) {
            byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
            DirCacheEntry entry = new DirCacheEntry(file.path());
            entry.setFileMode(FileMode.REGULAR_FILE);
            entry.setLength(content.length);
            entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, content));
            builder.add(entry);
        }
        builder.finish();
        return index.writeTree(inserter);
    }

    static String message(VersionView version) {
        String changelog = version.changelog() == null ? "" : version.changelog().replace("\r\n", "\n").strip();
        return "Version " + version.version() + "\n" + (changelog.isEmpty() ? "" : "\n" + changelog + "\n");
    }

    /** A name git can hold: no angle brackets or line ends, which would end the name or the header. */
    static String name(String name) {
        String kept = name == null ? "" : name.replaceAll("[<>]", "").replaceAll("\\s+", " ").strip();
        return kept.isEmpty() ? "?" : kept;
    }

    private static void update(Repository repository, String ref, ObjectId id) throws IOException {
        RefUpdate update = repository.updateRef(ref);
        update.disableRefLog();
        update.setNewObjectId(id);
        update.setForceUpdate(true);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FORCED
                && result != RefUpdate.Result.NO_CHANGE) {
            throw new IOException("Could not set " + ref + ": " + result);
        }
    }
}
