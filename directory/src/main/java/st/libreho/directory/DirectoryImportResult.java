package st.libreho.directory;

import java.util.List;

/**
 * What importing a whole directory.json did, member by member.
 *
 * @param imported the entries created, each with its warnings
 * @param failed member key → why it could not be imported (unreachable manifest, slug taken, ...)
 */
public record DirectoryImportResult(List<ImportResult> imported, java.util.Map<String, String> failed,
        List<ImportWarning> warnings) {
}
