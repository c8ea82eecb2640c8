package st.libreho.registry;

import java.util.List;

/**
 * What changed from one version to another.
 *
 * @param changes the files added, removed or modified, by path; unchanged files are left out
 * @param unified the whole change as one unified diff, as {@code git diff} writes it ({@code git apply} takes it)
 */
public record VersionComparison(String from, String to, List<FileChange> changes, String unified) {

    /**
     * One changed file.
     *
     * @param kind {@code ADDED}, {@code REMOVED} or {@code MODIFIED}
     * @param diff its unified diff
     */
    public record FileChange(String path, String kind, String diff, int additions, int deletions) {
    }
}
