package st.libreho.registry.internal.files;

import java.util.Objects;

/**
 * One file's change between two versions.
 *
 * @param path the file's path
 * @param kind added, removed or modified
 * @param unifiedDiff the change as {@code git diff} writes it, headers included: a patch of its own
 * @param additions lines added
 * @param deletions lines removed
 */
public record FileChange(String path, ChangeKind kind, String unifiedDiff, int additions, int deletions) {

    public FileChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unifiedDiff, "unifiedDiff");
    }
}
