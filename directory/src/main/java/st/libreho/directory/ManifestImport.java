package st.libreho.directory;

import java.util.List;

/** What a librehost.json manifest gave: the usable details, and every field that could not be used and why. */
public record ManifestImport(OrganisationDetails details, List<ImportWarning> warnings) {

    public ManifestImport {
        warnings = List.copyOf(warnings);
    }
}
