package st.libreho.directory.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.directory.PersonView;
import st.libreho.platform.SignInClaims;

@QuarkusTest
class PersonRecordingTest {

    @Inject
    Directory directory;

    @Test
    void aLaterSignInRefreshesWhatTheProviderSaysButKeepsThePerson() {
        PersonView first = directory.recordSignIn(new SignInClaims("sub-refresh", "Ada", "ada@old.example", false,
                "fr"));
        PersonView later = directory.recordSignIn(new SignInClaims("sub-refresh", "Ada L.", "ada@new.example", true,
                null));

        assertEquals(first.id(), later.id());
        assertEquals(first.firstSeenAt(), later.firstSeenAt());
        assertEquals("Ada L.", later.displayName());
        assertEquals("ada@new.example", later.email());
        assertTrue(later.emailVerified());
        assertEquals("fr", later.preferredLanguage(), "a provider that stops sending the language keeps the old one");
    }

    @Test
    void aPersonWithoutANameIsShownByTheirSubjectAndOverlongClaimsAreClipped() {
        assertEquals("sub-nameless",
                directory.recordSignIn(new SignInClaims("sub-nameless", " ", null, true, null)).displayName());
        PersonView longName = directory.recordSignIn(new SignInClaims("sub-long", "x".repeat(1000), null, true, null));
        assertEquals(200, longName.displayName().length());
        assertEquals(false, longName.emailVerified(), "no address, nothing verified");
    }

    @Test
    void simultaneousFirstRequestsRecordThePersonOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<PersonView>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> directory.recordSignIn(new SignInClaims("sub-race", "Racer", null, false, null)));
            }
            long distinctIds = pool.invokeAll(calls).stream().map(PersonRecordingTest::get).map(PersonView::id)
                    .distinct().count();
            assertEquals(1, distinctIds);
        } finally {
            pool.shutdownNow();
        }
    }

    private static PersonView get(Future<PersonView> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
