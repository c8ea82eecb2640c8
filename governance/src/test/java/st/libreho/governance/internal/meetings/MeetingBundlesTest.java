package st.libreho.governance.internal.meetings;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import st.libreho.governance.internal.web.meetings.MeetingMessages;
import st.libreho.platform.testing.BundleChecks;

/** The meetings' texts ({@code meet:}): every English text has its French, and no orphan. */
class MeetingBundlesTest {

    @Test
    void everyEnglishTextHasAFrenchTranslationAndNoOrphans() throws IOException {
        BundleChecks.translatedCompletely(MeetingMessages.class, "fr");
    }

    @Test
    void theEnumsHaveTheirEnglishInTheDefaultFile() throws IOException {
        BundleChecks.enumConstantsHaveTheirEnglish(MeetingMessages.class);
    }

    @Test
    void theBundleStaysWithinWhatQuarkusCanGenerate() {
        BundleChecks.withinWhatQuarkusCanGenerate(MeetingMessages.class);
    }
}
