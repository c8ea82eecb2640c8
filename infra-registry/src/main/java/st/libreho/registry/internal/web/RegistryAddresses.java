package st.libreho.registry.internal.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses of the registry's pages. Owners and slugs are lower-case letters, digits and hyphens, and versions
 * SemVer's characters, so they go into a path as they are; anything a person typed goes into a query encoded.
 */
final class RegistryAddresses {

    private RegistryAddresses() {
    }

    static String configuration(String owner, String slug) {
        return "/registry/" + owner + "/" + slug;
    }

    static String version(String owner, String slug, String version) {
        return configuration(owner, slug) + "/versions/" + version;
    }

    static String diff(String owner, String slug, String from, String to) {
        return configuration(owner, slug) + "/diff?from=" + query(from) + "&to=" + query(to);
    }

    /** A value for a query string. */
    static String query(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** For a Location header: the path as ASCII whatever it holds. */
    static URI uri(String address) {
        return URI.create(address);
    }
}
