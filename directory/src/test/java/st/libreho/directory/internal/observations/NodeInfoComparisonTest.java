package st.libreho.directory.internal.observations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static st.libreho.directory.NodeInfoDifference.REGISTRATIONS_DIFFER;
import static st.libreho.directory.NodeInfoDifference.SOFTWARE_DIFFERS;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import st.libreho.directory.NodeInfoDifference;
import st.libreho.directory.NodeInfoFacts;
import st.libreho.directory.Registration;

class NodeInfoComparisonTest {

    private static NodeInfoFacts nodeInfo(String softwareName, Boolean openRegistrations) {
        return new NodeInfoFacts("2.1", softwareName, "1.0", List.of("activitypub"), openRegistrations, 10L, 5L, null);
    }

    private static boolean softwareDiffers(String declared, String observed) {
        return NodeInfoComparison.compare(declared, null, nodeInfo(observed, null)).contains(SOFTWARE_DIFFERS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nextcloud             | nextcloud",
            "Pixel Fed             | pixelfed",
            "PixelFed              | pixelfed",
            "Write_Freely          | writefreely",
            "diaspora*             | diaspora",
            "Mastodon (glitch-soc) | mastodon",
            "Synapse               | matrix-synapse",
            "Nextcloud Hub         | nextcloud",
            "ＰｅｅｒＴｕｂｅ         | peertube" })
    void theSameSoftware(String declared, String observed) {
        assertEquals(false, softwareDiffers(declared, observed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mastodon        | pleroma",
            "Matrix Dendrite | matrix-synapse",
            "Next            | nextcloud",
            "Pixel           | pixelfed",
            "Misskey         | sharkey" })
    void differentSoftware(String declared, String observed) {
        assertEquals(true, softwareDiffers(declared, observed));
    }

    @Test
    void nothingIsSaidOfAnUnknownSide() {
        assertEquals(List.of(), NodeInfoComparison.compare(null, null, nodeInfo("mastodon", true)));
        assertEquals(List.of(), NodeInfoComparison.compare(" - ", Registration.OPEN, nodeInfo("mastodon", null)));
        assertEquals(List.of(), NodeInfoComparison.compare("Mastodon", Registration.CLOSED, null));
    }

    @ParameterizedTest
    @CsvSource({
            "OPEN,         true,  false",
            "OPEN,         false, true",
            "ON_REQUEST,   true,  false",
            "ON_REQUEST,   false, false",
            "MEMBERS_ONLY, true,  true",
            "MEMBERS_ONLY, false, false",
            "CLOSED,       true,  true",
            "CLOSED,       false, false" })
    void theRegistrationTable(Registration declared, boolean open, boolean differ) {
        assertEquals(differ ? List.of(REGISTRATIONS_DIFFER) : List.of(),
                NodeInfoComparison.compare("Mastodon", declared, nodeInfo("mastodon", open)));
    }

    @Test
    void bothDifferencesInOrder() {
        assertEquals(List.<NodeInfoDifference> of(SOFTWARE_DIFFERS, REGISTRATIONS_DIFFER),
                NodeInfoComparison.compare("Mastodon", Registration.OPEN, nodeInfo("gotosocial", false)));
    }
}
