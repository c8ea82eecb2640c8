package st.libreho.directory;

import java.util.List;

/**
 * The editable description of a service an organisation offers.
 *
 * @param softwareLicence an SPDX licence expression, e.g. {@code AGPL-3.0-or-later}
 * @param registryConfiguration optional reference to the configuration it runs in the registry
 */
public record ServiceDetails(String name, ServiceCategory category, String url, String softwareName,
        String softwareLicence, String softwareSourceUrl, Registration registration, PriceModel priceModel,
        boolean encryptionInTransit, boolean endToEndEncryption, boolean dataExport, List<String> languages,
        String registryConfiguration) {

    public ServiceDetails {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
