package st.libreho.directory.internal.observations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The module's Quarkus tests check real local sites: the checker the application gets trusts the test authority and
 * reaches loopback addresses. The sites are started once, with what {@link CheckOnRequestTest} visits.
 */
@ApplicationScoped
class LocalSitesChecker {

    static final LocalSites SITES = sites();

    @Produces
    @ApplicationScoped
    EvidenceChecker checker() {
        return new HttpEvidenceChecker(SITES.settings());
    }

    private static LocalSites sites() {
        LocalSites sites = new LocalSites();
        sites.valid.on("/", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/")) {
                LocalSites.send(exchange, 200, "text/html", "<html><title>Sureau</title></html>",
                        "Strict-Transport-Security", "max-age=31536000");
            } else {
                LocalSites.send(exchange, 404, "text/html", "<html>Not found</html>");
            }
        });
        sites.valid.page("/vie-privee", 200, "text/html; charset=utf-8", "<html><h1>Vie privée</h1></html>");
        sites.valid.page("/.well-known/security.txt", 200, "text/plain",
                "Contact: mailto:security@localhost\nExpires: 2099-01-01T00:00:00Z\n");
        sites.expired.page("/", 200, "text/html", "<html>Mail</html>");
        sites.plain.on("/", exchange -> LocalSites.redirect(exchange, sites.valid.url("/")));
        return sites;
    }
}
