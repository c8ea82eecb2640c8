package st.libreho.registry.internal.files;

import java.util.List;

import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.Finding;

/**
 * What an uploaded archive holds: either its files (which pass {@link FileSetRules}), or why it is refused, never
 * both.
 *
 * @param files the archive's text files, sorted by path; empty when refused
 * @param refusals why the archive cannot make a version, each naming the entry (or the archive); empty when accepted
 */
public record ArchiveContents(List<ConfigurationFile> files, List<Finding> refusals) {

    public ArchiveContents {
        files = List.copyOf(files);
        refusals = List.copyOf(refusals);
        if (!files.isEmpty() && !refusals.isEmpty()) {
            throw new IllegalArgumentException("an archive is either read or refused");
        }
    }

    static ArchiveContents accepted(List<ConfigurationFile> files) {
        return new ArchiveContents(files, List.of());
    }

    static ArchiveContents refused(List<Finding> refusals) {
        return new ArchiveContents(List.of(), refusals);
    }

    public boolean isRefused() {
        return !refusals.isEmpty();
    }
}
