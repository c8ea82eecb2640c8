package st.libreho.governance.internal.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of the proposals' and decisions' pages, in one place. */
final class GovernanceAddresses {

    static final String LOG = "/decisions";
    static final String PROPOSALS = "/decisions/proposals";
    static final String NEW = "/decisions/proposals/new";
    static final String NEWS = "/news";

    private GovernanceAddresses() {
    }

    static String proposal(long id) {
        return PROPOSALS + "/" + id;
    }

    static String version(long id, int number) {
        return proposal(id) + "/versions/" + number;
    }

    static String organisation(String slug) {
        return "/members/" + query(slug);
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static URI uri(String path) {
        return URI.create(path);
    }
}
