package st.libreho.kb.internal.seed;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.PageEdit;
import st.libreho.kb.Visibility;
import st.libreho.platform.Actor;

/**
 * Demo pages for dev mode only, in English and French, linking each other, so that search (with and without accents:
 * "securite" finds "Sécurité des données"), backlinks and tags show on a fresh database. Saved through the facade, once
 * (a row in {@code kb.seed}, as for the starter pages).
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoPages {

    private record Demo(String path, String title, String language, Visibility visibility, List<String> tags,
            String markdown) {
    }

    private static final List<Demo> PAGES = List.of(
            new Demo("guides/backups", "Backups", "en", Visibility.PUBLIC, List.of("backup", "data-protection"), """
                    Keep three copies of your users' data, on two media, one of them off site.

                    - Encrypt every copy that leaves your servers: see [[guides/encryption]].
                    - Test a restore every month: see [[guides/restore-drill]].
                    - French readers: [[guides/sauvegardes]].
                    """),
            new Demo("guides/encryption", "Encryption at no extra cost", "en", Visibility.PUBLIC, List.of(
                    "data-protection", "encryption", "tls"), """
                            The [[charter/cpp]] asks members to provide encryption at no additional cost.

                            Use TLS everywhere (Let's Encrypt), encrypt disks and [[guides/backups|backups]].
                            """),
            new Demo("guides/restore-drill", "Restore drill", "en", Visibility.PUBLIC, List.of("backup", "operations"),
                    """
                            Once a month, restore yesterday's [[guides/backups|backup]] on a spare machine and check that the
                            service starts and a user can sign in.
                            """),
            new Demo("guides/nextcloud", "Running Nextcloud", "en", Visibility.PUBLIC, List.of("configurations",
                    "nextcloud"),
                    """
                            A shared configuration for Nextcloud behind nginx, with PostgreSQL and Redis.

                            Read [[guides/share-a-configuration]] first, and [[guides/encryption]] for server-side encryption.
                            """),
            new Demo("guides/mail", "Running a mail server", "en", Visibility.MEMBERS, List.of("deliverability",
                    "email"), """
                            Members' notes on Postfix, Dovecot and rspamd; deliverability tips for new members.
                            Related: [[guides/securite-des-donnees]].
                            """),
            new Demo("guides/securite-des-donnees", "Sécurité des données", "fr", Visibility.PUBLIC, List.of("backup",
                    "data-protection", "encryption"),
                    """
                            La sécurité des données de nos utilisateurs passe par le chiffrement, les sauvegardes et les mises
                            à jour régulières.

                            - Chiffrement : [[guides/chiffrement]].
                            - Sauvegardes : [[guides/sauvegardes]].
                            - En anglais : [[guides/encryption]].
                            """),
            new Demo("guides/sauvegardes", "Sauvegardes", "fr", Visibility.PUBLIC, List.of("backup"), """
                    Gardez trois copies des données, sur deux supports, dont une hors site. Voir aussi
                    [[guides/securite-des-donnees]] et, en anglais, [[guides/backups]].
                    """),
            new Demo("guides/chiffrement", "Chiffrement", "fr", Visibility.PUBLIC, List.of("encryption", "tls"), """
                    Le chiffrement est un droit, pas une marchandise ([[charter/cpp]]). Activez TLS partout et chiffrez
                    les disques. Retour à [[guides/securite-des-donnees]].
                    """),
            new Demo("guides/accueil-des-membres", "Accueil des nouveaux membres", "fr", Visibility.PUBLIC, List.of(
                    "membership"),
                    """
                            Comment nous accueillons un nouvel hébergeur : relecture de la candidature, réunion mensuelle,
                            parrainage. Voir [[guides/join]] et [[guides/decisions]].
                            """),
            new Demo("guides/reunion-mensuelle", "Réunion mensuelle", "fr", Visibility.MEMBERS, List.of("governance",
                    "meetings"),
                    """
                            Ordre du jour type de la réunion mensuelle en ligne : candidatures, [[guides/decisions|décisions]],
                            nouvelles des membres.
                            """));

    private final KnowledgeBase knowledgeBase;
    private final StarterPages starterPages;

    public DemoPages(KnowledgeBase knowledgeBase, StarterPages starterPages) {
        this.knowledgeBase = knowledgeBase;
        this.starterPages = starterPages;
    }

    void onStart(@Observes StartupEvent event) {
        seed();
    }

    @Transactional
    public boolean seed() {
        if (!starterPages.claim("demo-pages")) {
            return false;
        }
        Actor platform = Actor.platform();
        for (Demo demo : PAGES) {
            if (knowledgeBase.page(demo.path(), platform).isEmpty()) {
                knowledgeBase.save(demo.path(), new PageEdit(demo.title(), demo.markdown(), demo.language(),
                        demo.visibility(), "Demo page", demo.tags()), null, platform);
            }
        }
        return true;
    }
}
