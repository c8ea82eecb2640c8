package st.libreho.directory.internal.observations;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Tells a parked domain or a domain for sale from a page of its own.
 * <p>
 * The heuristic: the first {@value #READ_BYTES} bytes of the page, lower-cased with runs of white space made one
 * space, contain one of {@link #PHRASES}, which the parking and domain resale services (Sedo, Dan, Afternic,
 * Bodis, GoDaddy's parking and registrars' placeholder pages) put at the top of their pages. It only looks for
 * phrases a real policy page would not use, so a page is rarely taken for parked when it is not; a parking page in
 * another language, or one that says it only in an image, is missed.
 */
final class ParkedDomains {

    static final int READ_BYTES = 8 * 1024;

    static final List<String> PHRASES = List.of(
            "this domain is for sale",
            "this domain may be for sale",
            "domain is parked",
            "domain has been parked",
            "this domain is parked",
            "buy this domain",
            "parked free",
            "parked domain",
            "domain name is for sale",
            "the domain owner may be selling",
            "this web page is parked");

    private ParkedDomains() {
    }

    static boolean looksParked(byte[] page) {
        String start = new String(page, 0, Math.min(page.length, READ_BYTES), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        return PHRASES.stream().anyMatch(start::contains);
    }
}
