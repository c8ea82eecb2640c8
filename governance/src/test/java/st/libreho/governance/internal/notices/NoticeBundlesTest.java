package st.libreho.governance.internal.notices;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import st.libreho.platform.testing.BundleChecks;

/** The notices' texts ({@code notice:}): every English text has its French, and no orphan. */
class NoticeBundlesTest {

    @Test
    void everyEnglishTextHasAFrenchTranslationAndNoOrphans() throws IOException {
        BundleChecks.translatedCompletely(NoticeMessages.class, "fr");
    }

    @Test
    void theEnumsHaveTheirEnglishInTheDefaultFile() throws IOException {
        BundleChecks.enumConstantsHaveTheirEnglish(NoticeMessages.class);
    }

    @Test
    void theBundleStaysWithinWhatQuarkusCanGenerate() {
        BundleChecks.withinWhatQuarkusCanGenerate(NoticeMessages.class);
    }
}
