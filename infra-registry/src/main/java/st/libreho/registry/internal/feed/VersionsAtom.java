package st.libreho.registry.internal.feed;

import java.time.Instant;
import java.util.List;

import st.libreho.platform.web.feeds.AtomWriter;
import st.libreho.registry.RecentVersion;

/** Versions as an Atom 1.0 feed, by the kit's {@link AtomWriter}: the same versions give the same bytes. */
final class VersionsAtom {

    static final String ATOM = AtomWriter.NAMESPACE;
    static final String MEDIA_TYPE = AtomWriter.MEDIA_TYPE;

    private VersionsAtom() {
    }

    /**
     * @param base the absolute address of the platform, without a final slash
     * @param path the address of what the feed follows (a configuration, or the registry), from the base
     * @param empty the feed's date when it has no entry
     */
    static String write(String base, String path, String title, Instant empty, List<RecentVersion> versions) {
        // the newest version's date, not the time of asking
        Instant updated = versions.isEmpty() ? empty : versions.get(0).publishedAt();
        return AtomWriter.feed(base + path + "/versions", title, updated, base + path + "/versions.atom",
                base + path, versions.stream().map(version -> entry(base, version)).toList());
    }

    /** An entry per version, at the version's address: a version never changes, so neither does its entry. */
    private static AtomWriter.Entry entry(String base, RecentVersion version) {
        String changelog = version.changelog() == null ? "" : version.changelog().strip();
        return new AtomWriter.Entry(
                base + "/registry/" + version.owner() + "/" + version.slug() + "/versions/" + version.version(),
                version.owner() + "/" + version.slug() + " " + version.version(), version.publishedAt(),
                version.publishedAt(), version.authorName(), List.of(),
                changelog.isEmpty() ? "Version " + version.version() + " of " + version.title() : changelog);
    }
}
