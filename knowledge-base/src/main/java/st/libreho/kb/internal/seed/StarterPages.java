package st.libreho.kb.internal.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.PageEdit;
import st.libreho.kb.Visibility;
import st.libreho.kb.internal.pages.CharterPages;
import st.libreho.platform.Actor;

/**
 * What the knowledge base holds from its first start, in every profile: the CPP as a governed public page at
 * {@code charter/cpp}, and starter pages on joining, sharing a configuration and taking decisions.
 * <p>
 * Seeded at start-up rather than by a Flyway migration: the pages go through the same code as every save (checks,
 * links for backlinks, the search index, the cache of public content), which a SQL or Java migration could not call.
 * A row in {@code kb.seed}, inserted in the same transaction, makes it happen once: starting again, or two instances
 * starting at once (the second waits on the first's row, then finds it), seeds nothing more; and a page a member
 * later moved or changed is never written over. The CPP has no code of conduct yet (its section says one is in
 * progress), so there is no separate page for it.
 */
@ApplicationScoped
public class StarterPages {

    public static final String CPP_PATH = "charter/cpp";
    public static final String CPP_TITLE = "Commitments, Policies and Processes";
    static final String SEED_NAME = "starter-pages";
    /** Seeded apart, so that a knowledge base seeded before the sections existed gets them too. */
    static final String SECTIONS_SEED_NAME = "starter-sections";

    private static final Logger LOG = Logger.getLogger(StarterPages.class);

    private final KnowledgeBase knowledgeBase;
    private final CharterPages charterPages;
    private final EntityManager entities;
    private final boolean enabled;

    public StarterPages(KnowledgeBase knowledgeBase, CharterPages charterPages, EntityManager entities,
            @ConfigProperty(name = "librehosters.kb.seed-starter-pages", defaultValue = "true") boolean enabled) {
        this.knowledgeBase = knowledgeBase;
        this.charterPages = charterPages;
        this.entities = entities;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled && seed()) {
            LOG.info("The knowledge base now holds the CPP at " + CPP_PATH + " and its starter pages");
        }
        if (enabled) {
            seedSections();
        }
    }

    /**
     * The top-level pages above the starter pages ({@code charter}, {@code guides}): the knowledge base's home lists
     * top-level pages, and without these it said "no pages yet" over fourteen of them.
     */
    @Transactional
    public boolean seedSections() {
        if (!claim(SECTIONS_SEED_NAME)) {
            return false;
        }
        Actor platform = Actor.platform();
        starter("charter", "Charter", "charter.md", platform, "charter", "governance");
        starter("guides", "Guides", "guides.md", platform, "getting-started");
        return true;
    }

    /** Seeds the pages unless that was done before; true when it did. */
    @Transactional
    public boolean seed() {
        if (!claim(SEED_NAME)) {
            return false;
        }
        Actor platform = Actor.platform();
        String cpp = PlainTextCharter.toMarkdown(resource("librehosters-cpp.txt"));
        charterPages.createGoverned(CPP_PATH, new PageEdit(CPP_TITLE, cpp, "en", Visibility.PUBLIC,
                "The CPP as the network adopted it", List.of("charter", "commitments", "governance")), platform);
        starter("guides/join", "How to join the network", "join.md", platform, "getting-started", "membership");
        starter("guides/share-a-configuration", "How to share a configuration", "share-a-configuration.md",
                platform, "configurations", "getting-started");
        starter("guides/decisions", "How decisions are taken", "decisions.md", platform, "decisions", "governance");
        return true;
    }

    private void starter(String path, String title, String file, Actor platform, String... tags) {
        if (knowledgeBase.page(path, platform).isEmpty()) {
            knowledgeBase.save(path, new PageEdit(title, resource(file), "en", Visibility.PUBLIC, "Starter page",
                    List.of(tags)), null, platform);
        }
    }

    /** Records that a seed is done, in the caller's transaction; false when it was already. */
    boolean claim(String name) {
        return entities.createNativeQuery("INSERT INTO kb.seed (name, seeded_at) VALUES (:name, now()) "
                + "ON CONFLICT (name) DO NOTHING").setParameter("name", name).executeUpdate() == 1;
    }

    static String resource(String name) {
        try (InputStream in = StarterPages.class.getResourceAsStream("/kb-seed/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource kb-seed/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
