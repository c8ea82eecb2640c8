package st.libreho.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.security.ForbiddenException;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.testing.DirectoryFixtures;
import st.libreho.platform.Actor;

/** Other modules learn of status and delegation changes through the directory's events, and only it changes them. */
@QuarkusTest
class StatusEventsTest {

    @ApplicationScoped
    static class Listener {
        final List<OrganisationStatusChanged> statuses = new CopyOnWriteArrayList<>();
        final List<DelegationChanged> delegations = new CopyOnWriteArrayList<>();

        void status(@Observes OrganisationStatusChanged event) {
            statuses.add(event);
        }

        void delegation(@Observes DelegationChanged event) {
            delegations.add(event);
        }

        // read through methods: the injected client proxy has its own, empty fields
        List<OrganisationStatusChanged> statuses() {
            return statuses;
        }

        List<DelegationChanged> delegations() {
            return delegations;
        }
    }

    @Inject
    Directory directory;

    @Inject
    Listener listener;

    @Test
    void everyStatusChangeIsAnnouncedAndRecorded() {
        String slug = DirectoryFixtures.uniqueSlug("status");
        directory.createApplicant(slug, DirectoryFixtures.details("Applicant " + slug, "a@" + slug + ".example"),
                new Actor("someone", "Someone", "a@" + slug + ".example", true, false));
        directory.changeStatus(slug, OrganisationStatus.MEMBER, Actor.platform());
        directory.changeStatus(slug, OrganisationStatus.LEAVING, Actor.platform());
        directory.changeStatus(slug, OrganisationStatus.FORMER_MEMBER, Actor.platform());

        List<OrganisationStatus> seen = listener.statuses().stream().filter(e -> e.slug().equals(slug))
                .map(OrganisationStatusChanged::to).toList();
        assertEquals(List.of(OrganisationStatus.APPLICANT, OrganisationStatus.MEMBER, OrganisationStatus.LEAVING,
                OrganisationStatus.FORMER_MEMBER), seen);
        assertEquals(3, directory.history(slug, 1, 50, Actor.platform()).items().stream()
                .filter(entry -> entry.kind().equals("STATUS_CHANGED")).count());
        assertTrue(listener.delegations().stream().anyMatch(e -> e.slug().equals(slug)
                && e.kind().equals("DELEGATE_ADDED")), "the first contact address starts the delegation");
    }

    @Test
    void aDelegateCannotChangeTheirOwnStatus() {
        String slug = DirectoryFixtures.uniqueSlug("self");
        String email = "d@" + slug + ".example";
        directory.createApplicant(slug, DirectoryFixtures.details("Self " + slug, email), Actor.platform());
        Actor delegate = new Actor("d", "D", email, true, false);

        assertTrue(directory.canManage(delegate, slug));
        assertThrows(ForbiddenException.class,
                () -> directory.changeStatus(slug, OrganisationStatus.MEMBER, delegate));
    }

    @Test
    void anUnverifiedAddressDoesNotMakeADelegateInProductionRules() {
        // the test profile trusts unverified addresses (the dev OIDC server cannot verify); this checks the rule
        var strict = new st.libreho.directory.internal.organisations.Access(false);
        assertEquals(null, strict.matchingEmail(new Actor("x", "X", "x@example.org", false, false)));
        assertEquals("x@example.org", strict.matchingEmail(new Actor("x", "X", "X@Example.org", true, false)));
    }
}
