package st.libreho.kb.internal.web;

import java.net.URI;
import java.net.URISyntaxException;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;

/**
 * The addresses of the wiki's pages, for redirects: percent-encoded, since a path may hold letters of any script
 * ({@code /kb/руководство}), which a Location header must carry as ASCII.
 */
final class KbAddresses {

    private KbAddresses() {
    }

    /**
     * {@code /kb/<path>} followed by {@code suffix} (more path, such as {@code /edit}; never a query, whose {@code ?}
     * would be encoded), ready for a Location header.
     */
    static String of(String path, String suffix) {
        try {
            return new URI(null, null, "/kb/" + path + suffix, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a wiki path: " + path, e);
        }
    }

    /**
     * To the same page at the page's own address: a path the page was moved from, or one written otherwise than the
     * wiki writes it. Temporary, since another page may take the old path over one day.
     */
    static RestResponse<TemplateInstance> redirect(String path, String suffix) {
        return redirect(path, suffix, null);
    }

    /** The same, with a query (already encoded). */
    static RestResponse<TemplateInstance> redirect(String path, String suffix, String query) {
        return RestResponse.ResponseBuilder.<TemplateInstance> create(RestResponse.Status.TEMPORARY_REDIRECT)
                .location(URI.create(of(path, suffix) + (query == null ? "" : "?" + query))).build();
    }

    /** A page number from a query, leniently: anything that is not one is the first page. */
    static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
