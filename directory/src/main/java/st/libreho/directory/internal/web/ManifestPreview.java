package st.libreho.directory.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import st.libreho.directory.ImportWarning;
import st.libreho.directory.ManifestImport;
import st.libreho.directory.OrganisationDetails;

/**
 * What filling an entry from a librehost.json would do, before anything is saved: each value the manifest gives
 * beside the value the entry has now, and every field of the manifest that could not be used.
 *
 * @param detailsJson the manifest's usable values, carried by the confirm form so that what is saved is exactly
 *        what was previewed
 */
public record ManifestPreview(List<Row> rows, List<ImportWarning> warnings, String detailsJson, String version) {

    /** One field the manifest gives; {@code changes} when it differs from the entry. */
    public record Row(String field, String label, String now, String imported, boolean changes) {
    }

    public static ManifestPreview of(ManifestImport manifest, OrganisationDetails current, long version,
            String detailsJson, Labels labels) {
        Map<String, String> now = EntryForm.of(current, version).shown(labels);
        Map<String, String> imported = EntryForm.of(manifest.details(), version).shown(labels);
        List<Row> rows = new ArrayList<>();
        imported.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                rows.add(new Row(field, labels.field(field), now.get(field), value,
                        !Objects.equals(now.get(field), value)));
            }
        });
        return new ManifestPreview(rows, manifest.warnings(), detailsJson, String.valueOf(version));
    }
}
