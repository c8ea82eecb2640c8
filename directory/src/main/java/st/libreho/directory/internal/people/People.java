package st.libreho.directory.internal.people;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import st.libreho.directory.PersonView;
import st.libreho.platform.SignInClaims;

/** Records people as identity providers describe them. */
@ApplicationScoped
public class People {

    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 320;
    static final int MAX_LANGUAGE = 35;

    private final EntityManager entityManager;

    public People(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Inserts or refreshes the person in one statement, so that two first requests arriving together (a page and
     * its API call, say) cannot both try to create them.
     */
    public PersonView record(SignInClaims claims) {
        Instant now = Instant.now();
        entityManager.createNativeQuery("""
                INSERT INTO directory.person
                    (subject, display_name, email, email_verified, preferred_language, first_seen_at, last_seen_at)
                VALUES (:subject, :name, :email, :verified, :language, :now, :now)
                ON CONFLICT (subject) DO UPDATE SET
                    display_name = EXCLUDED.display_name,
                    email = EXCLUDED.email,
                    email_verified = EXCLUDED.email_verified,
                    preferred_language = COALESCE(EXCLUDED.preferred_language, directory.person.preferred_language),
                    last_seen_at = EXCLUDED.last_seen_at,
                    version = directory.person.version + 1
                """)
                .setParameter("subject", claims.subject())
                .setParameter("name", clip(displayName(claims), MAX_NAME))
                .setParameter("email", clip(claims.email(), MAX_EMAIL))
                .setParameter("verified", claims.email() != null && claims.emailVerified())
                .setParameter("language", clip(claims.preferredLanguage(), MAX_LANGUAGE))
                .setParameter("now", now)
                .executeUpdate();
        return bySubject(claims.subject()).orElseThrow();
    }

    public Optional<PersonView> bySubject(String subject) {
        return PersonEntity.<PersonEntity> find("subject", subject).firstResultOptional().map(PersonEntity::toView);
    }

    private static String displayName(SignInClaims claims) {
        if (claims.displayName() != null && !claims.displayName().isBlank()) {
            return claims.displayName().strip();
        }
        return claims.subject();
    }

    /** Providers may send anything; the columns have limits, and a sign-in must not fail over a long name. */
    private static String clip(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
