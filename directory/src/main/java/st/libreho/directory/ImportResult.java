package st.libreho.directory;

import java.util.List;

/** An entry created or filled from a librehost.json manifest, with every field that could not be used. */
public record ImportResult(OrganisationView organisation, List<ImportWarning> warnings) {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
