package st.libreho.registry;

/**
 * The software a configuration deploys.
 *
 * @param name as its authors call it, for example {@code Bonfire}
 * @param sourceUrl where its source code is published (http or https)
 * @param licence an SPDX expression whose licences are free software, for example {@code AGPL-3.0-only}
 */
public record Software(String name, String sourceUrl, String licence) {
}
