package st.libreho.directory.internal.organisations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import st.libreho.directory.internal.DirectoryConfig;
import st.libreho.directory.internal.interop.LogoImages;
import st.libreho.directory.internal.interop.ManifestException;
import st.libreho.directory.internal.interop.ManifestFetcher;
import st.libreho.platform.web.cache.PublicContent;

/**
 * Keeps each organisation's logo as the platform serves it. When an entry is saved with a new logo address, the image
 * is fetched once, after the save is committed and away from the request (a slow host never slows a save), under the
 * directory's fetching rules (public addresses only, short timeouts, at most {@value LogoImages#MAX_BYTES} bytes),
 * checked and re-encoded ({@link LogoImages}). An address that gives no usable image leaves the organisation without a
 * logo; the page then shows none, rather than loading it from the member's site.
 */
@ApplicationScoped
public class Logos {

    private static final Logger LOG = Logger.getLogger(Logos.class);

    /** Two fetches at a time, on threads of their own: a slow host never holds a thread that answers requests. */
    private static final int FETCHES_AT_ONCE = 2;

    private final ManifestFetcher fetcher;
    private final ExecutorService executor;
    private final PublicContent publicContent;

    public Logos(DirectoryConfig config, PublicContent publicContent) {
        this.publicContent = publicContent;
        this.fetcher = new ManifestFetcher(ManifestFetcher.DEFAULT_TIMEOUT, ManifestFetcher.DEFAULT_TIMEOUT,
                config.import_().allowPrivateAddresses());
        this.executor = Executors.newFixedThreadPool(FETCHES_AT_ONCE, task -> {
            Thread thread = new Thread(task, "logo-fetch");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    void onAddressSet(@Observes(during = TransactionPhase.AFTER_SUCCESS) LogoAddressSet set) {
        executor.execute(() -> refresh(set.organisationId(), set.url()));
    }

    /** Entries saved before logos were stored, or whose fetch was cut short by a restart, get theirs at start. */
    void onStart(@Observes StartupEvent start) {
        List<Object[]> missing = QuarkusTransaction.requiringNew().call(() -> OrganisationEntity.getEntityManager()
                .createQuery("select o.id, o.logoUrl from OrganisationEntity o where o.logoUrl is not null"
                        + " and not exists (select 1 from LogoEntity l where l.organisationId = o.id)", Object[].class)
                .getResultList());
        missing.forEach(row -> executor.execute(() -> refresh((Long) row[0], (String) row[1])));
    }

    public Optional<byte[]> image(long organisationId) {
        LogoEntity logo = LogoEntity.findById(organisationId);
        return logo == null ? Optional.empty() : Optional.of(logo.image);
    }

    public boolean has(long organisationId) {
        return LogoEntity.count("organisationId", organisationId) > 0;
    }

    void refresh(long organisationId, String url) {
        Optional<byte[]> png = Optional.empty();
        if (url != null) {
            try {
                png = LogoImages.asPng(fetcher.fetchImage(url, LogoImages.MAX_BYTES));
                if (png.isEmpty()) {
                    LOG.infof("The logo of organisation %d at %s is no PNG, JPEG or GIF image: none is shown",
                            organisationId, url);
                }
            } catch (ManifestException unreachable) {
                LOG.infof("The logo of organisation %d was not fetched: %s", organisationId,
                        unreachable.getMessage());
            }
        }
        Optional<byte[]> image = png;
        try {
            QuarkusTransaction.requiringNew().run(() -> store(organisationId, url, image));
        } catch (RuntimeException gone) {
            // the organisation was removed meanwhile, or another instance stored the same logo first
            LOG.debugf(gone, "The logo of organisation %d was not stored", organisationId);
        }
    }

    private void store(long organisationId, String url, Optional<byte[]> image) {
        // the member's page shows the logo, or no longer does
        publicContent.changed();
        LogoEntity stored = LogoEntity.findById(organisationId);
        if (image.isEmpty()) {
            if (stored != null) {
                stored.delete();
            }
            return;
        }
        if (stored == null) {
            stored = new LogoEntity();
            stored.organisationId = organisationId;
        }
        stored.sourceUrl = url;
        stored.image = image.get();
        stored.fetchedAt = Instant.now();
        stored.persist();
    }
}
