package st.libreho.registry.internal.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.jgit.internal.storage.dfs.DfsBlockCache;
import org.eclipse.jgit.internal.storage.dfs.DfsBlockCacheConfig;
import org.eclipse.jgit.lib.Repository;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.narayana.jta.QuarkusTransaction;
import st.libreho.registry.Registry;
import st.libreho.registry.VersionView;
import st.libreho.registry.internal.RegistryConfig;
import st.libreho.registry.internal.store.ConfigurationEntity;

/**
 * Each configuration's git repository, built from its versions when first asked and kept while it is current.
 * Versions are immutable and only ever added, so a configuration's id and its count of versions name its repository
 * exactly: a new version makes a new key, and the old repository ages out of the cache. The cache is bounded by the
 * bytes of the repositories' packs ({@code librehosters.registry.git-cache-size}).
 */
@ApplicationScoped
public class GitRepositories {

    /**
     * JGit reads in-memory repositories through one block cache for the whole process, 32 MB by default: too much
     * beside a heap of 160 MB (deploy/jvm.options), for repositories that are already in memory. Nothing else in the
     * platform uses JGit's repository storage.
     */
    static final long BLOCK_CACHE_BYTES = 4L * 1024 * 1024;

    record Key(long configurationId, int versions) {
    }

    private final Registry registry;
    private final Cache<Key, GitHistory.Built> cache;

    public GitRepositories(Registry registry, RegistryConfig config) {
        this.registry = registry;
        DfsBlockCache.reconfigure(new DfsBlockCacheConfig().setBlockLimit(BLOCK_CACHE_BYTES).setConcurrencyLevel(4));
        this.cache = Caffeine.newBuilder().maximumWeight(config.gitCacheSize().asLongValue())
                .weigher((Key key, GitHistory.Built built) -> (int) Math.min(Integer.MAX_VALUE, built.bytes() + 1024))
                .build();
    }

    /**
     * The configuration's repository, or empty when there is no such configuration. Each read is a transaction of its
     * own: none is open while the repository is built, which takes a while for a long history.
     */
    public Optional<Repository> repository(String owner, String slug) {
        Key key = QuarkusTransaction.joiningExisting().call(() -> {
            ConfigurationEntity configuration = ConfigurationEntity.find(owner, slug);
            return configuration == null ? null : new Key(configuration.id, configuration.versionsCount);
        });
        if (key == null) {
            return Optional.empty();
        }
        // one build at a time per key: whoever asks meanwhile waits for it rather than building it again
        return Optional.of(cache.get(key, k -> build(owner, slug, k.versions())).repository());
    }

    private GitHistory.Built build(String owner, String slug, int versions) {
        List<VersionView> history = registry.history(owner, slug);
        // a version published since the count was read belongs to the next key
        List<VersionView> counted = history.subList(0, Math.min(versions, history.size()));
        try {
            return GitHistory.build(owner, slug, counted);
        } catch (IOException e) {
            throw new UncheckedIOException("The git repository of " + owner + "/" + slug + " could not be built", e);
        }
    }
}
