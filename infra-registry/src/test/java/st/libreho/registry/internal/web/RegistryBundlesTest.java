package st.libreho.registry.internal.web;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import st.libreho.platform.testing.BundleChecks;

/** The registry's texts ({@code reg:} and {@code regterm:}): every English text has its French, and no orphan. */
class RegistryBundlesTest {

    @Test
    void everyEnglishTextHasAFrenchTranslationAndNoOrphans() throws IOException {
        BundleChecks.translatedCompletely(RegistryMessages.class, "fr");
        BundleChecks.translatedCompletely(RegistryTerms.class, "fr");
    }

    @Test
    void theEnumsHaveTheirEnglishInTheDefaultFile() throws IOException {
        BundleChecks.enumConstantsHaveTheirEnglish(RegistryTerms.class);
        BundleChecks.enumConstantsHaveTheirEnglish(RegistryMessages.class);
    }

    @Test
    void theBundlesStayWithinWhatQuarkusCanGenerate() {
        BundleChecks.withinWhatQuarkusCanGenerate(RegistryMessages.class);
        BundleChecks.withinWhatQuarkusCanGenerate(RegistryTerms.class);
    }
}
