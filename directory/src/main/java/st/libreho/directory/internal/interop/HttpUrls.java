package st.libreho.directory.internal.interop;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Decides what counts as a URL in the directory: an absolute http or https address with a host. Anything else
 * ("-", "/tos", "mailto:...") would give a broken link on a member's page.
 */
final class HttpUrls {

    static final String NOT_A_URL = "not a URL: only absolute http:// or https:// addresses are accepted";

    private HttpUrls() {
    }

    /**
     * The text, trimmed, as a URI whose host is ASCII (international domain names are converted, as
     * {@link java.net.URI} and the HTTP client only understand those).
     *
     * @throws IllegalArgumentException with the reason, in plain English, as its message
     */
    static URI parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(NOT_A_URL);
        }
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException(NOT_A_URL);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http or https URL (it starts with \"" + uri.getScheme()
                    + ":\"); only absolute http:// or https:// addresses are accepted");
        }
        if (uri.isOpaque()) {
            throw new IllegalArgumentException(NOT_A_URL);
        }
        if (uri.getHost() != null && !uri.getHost().isEmpty()) {
            return uri;
        }
        return withAsciiHost(uri);
    }

    /** Whether the text is an acceptable URL; the reason when it is not, else null. */
    static String problem(String text) {
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    // java.net.URI leaves the host null for "https://bücher.de/"; such addresses are valid on the web
    private static URI withAsciiHost(URI uri) {
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw new IllegalArgumentException("not a URL: it has no host");
        }
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? "" : authority.substring(0, at + 1);
        String hostAndPort = authority.substring(at + 1);
        int colon = hostAndPort.lastIndexOf(':');
        String host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
        String port = colon < 0 ? "" : hostAndPort.substring(colon);
        try {
            String rebuilt = uri.getScheme() + "://" + userInfo + IDN.toASCII(host) + port
                    + (uri.getRawPath() == null ? "" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
            URI ascii = new URI(rebuilt);
            if (ascii.getHost() != null && !ascii.getHost().isEmpty()) {
                return ascii;
            }
        } catch (IllegalArgumentException | URISyntaxException e) {
            // falls through to the same answer as any other invalid host
        }
        throw new IllegalArgumentException("not a URL: \"" + host + "\" is not a valid host name");
    }
}
