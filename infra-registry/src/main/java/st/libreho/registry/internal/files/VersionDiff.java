package st.libreho.registry.internal.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import st.libreho.registry.ConfigurationFile;

/**
 * What changed between two versions' files: the files added, removed and modified, sorted by path, unchanged ones
 * left out, each with its unified diff. {@link #unified()} is the whole as one patch, which {@code git apply} and
 * {@code patch -p1} apply to the older version's files.
 *
 * @param changes the changed files, sorted by path (Unicode code points)
 */
public record VersionDiff(List<FileChange> changes) {

    public VersionDiff {
        changes = List.copyOf(changes);
    }

    /** The changes that turn {@code from} into {@code to}. */
    public static VersionDiff between(List<ConfigurationFile> from, List<ConfigurationFile> to) {
        Map<String, String> older = byPath(from);
        Map<String, String> newer = byPath(to);
        TreeSet<String> paths = new TreeSet<>(PathOrder.CODE_POINTS);
        paths.addAll(older.keySet());
        paths.addAll(newer.keySet());
        List<FileChange> changes = new ArrayList<>();
        for (String path : paths) {
            String before = older.get(path);
            String after = newer.get(path);
            if (before == null || !before.equals(after)) {
                changes.add(UnifiedDiff.of(path, before, after));
            }
        }
        return new VersionDiff(changes);
    }

    /** The whole diff, file after file, as {@code git diff} writes it; empty when nothing changed. */
    public String unified() {
        StringBuilder text = new StringBuilder();
        changes.forEach(change -> text.append(change.unifiedDiff()));
        return text.toString();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    private static Map<String, String> byPath(List<ConfigurationFile> files) {
        Map<String, String> byPath = new LinkedHashMap<>();
        files.forEach(file -> byPath.putIfAbsent(file.path(), file.content()));
        return byPath;
    }
}
