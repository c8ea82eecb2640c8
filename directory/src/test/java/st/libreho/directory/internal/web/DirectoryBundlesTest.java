package st.libreho.directory.internal.web;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import st.libreho.platform.testing.BundleChecks;

/** The directory's texts: its pages' words ({@code dir:}) and its vocabulary ({@code term:}). */
class DirectoryBundlesTest {

    @ParameterizedTest
    @ValueSource(classes = { DirectoryMessages.class, DirectoryTerms.class })
    void everyEnglishTextHasAFrenchTranslationAndNoOrphans(Class<?> bundle) throws IOException {
        BundleChecks.translatedCompletely(bundle, "fr");
    }

    @ParameterizedTest
    @ValueSource(classes = { DirectoryMessages.class, DirectoryTerms.class })
    void everyEnumConstantHasItsEnglishInTheDefaultFile(Class<?> bundle) throws IOException {
        BundleChecks.enumConstantsHaveTheirEnglish(bundle);
    }

    @ParameterizedTest
    @ValueSource(classes = { DirectoryMessages.class, DirectoryTerms.class })
    void everyBundleStaysWithinWhatQuarkusCanGenerate(Class<?> bundle) {
        BundleChecks.withinWhatQuarkusCanGenerate(bundle);
    }
}
