package st.libreho.directory.internal.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import st.libreho.directory.ImportWarning;
import st.libreho.directory.LegalStructure;
import st.libreho.directory.ManifestImport;
import st.libreho.directory.OrganisationDetails;

/** What the directory keeps, and what it reports, from each manifest libreho.st members really publish. */
class LibrehostManifestReaderRealDataTest {

    private final LibrehostManifestReader reader = new LibrehostManifestReader(RealManifests.MID_2026);

    @Test
    void allmendeIsKeptWhole_butItsComputationalCommonBecomesOtherWithAWarningQuotingIt() throws Exception {
        ManifestImport imported = reader.read(RealManifests.text("allmende.json"));

        assertEquals(new OrganisationDetails("Allmende.io", "Contributing to the Computational Commons",
                "infrastructure for communication, organisation and information", LegalStructure.OTHER, 2014, null,
                null, List.of("de", "en", "fr"), "https://allmende.io/img/allmende.png", "https://allmende.io", null,
                "https://meta.allmende.io/tos", null, "https://meta.allmende.io/privacy", null, null,
                "https://meta.allmende.io/c/allmende"), imported.details());
        assertEquals(1, imported.warnings().size(), imported.warnings()::toString);
        ImportWarning warning = imported.warnings().get(0);
        assertEquals("organizationType", warning.field());
        assertEquals("computational common", warning.value());
        assertTrue(warning.reason().contains("\"computational common\""), warning.reason());
        assertTrue(warning.reason().contains("other"), warning.reason());
    }

    @Test
    void libreopsIsKeptWhole_itsCollectiveIsAnInformalCollective() throws Exception {
        ManifestImport imported = reader.read(RealManifests.text("libreops.json"));

        assertEquals(new OrganisationDetails("LibreOps",
                "a group of hackers (re-)decentralizing the net. doing our part",
                "We believe that building, owning and controlling technology is important. Hackers and Open Source "
                        + "communities have an opportunity and a responsibility to offer an alternative, to offer "
                        + "services and tools that people can trust. Beyond corporate control, that comes with "
                        + "tracking and data farming. Decentralized services and tools that respect users privacy "
                        + "by default.",
                LegalStructure.INFORMAL_COLLECTIVE, 2015, null, null, List.of("en", "el"),
                "https://libreops.cc/static/img/libreops.svg", "https://libreops.cc", null,
                "https://libreops.cc/terms.html", null, "https://libreops.cc/terms.html", null, null,
                "https://libreops.cc/#contact"), imported.details());
        assertEquals(List.of(), imported.warnings());
    }

    @Test
    void nixnetLosesOnlyItsTermsOfService_whichIsADashNotAUrl() throws Exception {
        ManifestImport imported = reader.read(RealManifests.text("nixnet.json"));

        assertEquals(new OrganisationDetails("NixNet", "Freedom served with a slice of liberty",
                "My goal is to make the internet a safer and more private place by running libre software services "
                        + "and making them publicly available to anyone completely free of charge.",
                LegalStructure.INFORMAL_COLLECTIVE, 2018, null, null, List.of("en"), "https://nixnet.services/logo.png",
                "https://nixnet.services", null, null, null, "https://nixnet.services/privacy/", null, null,
                "https://nixnet.services/contact"), imported.details());
        // and nothing about its dateModified without seconds, which is informational only
        assertEquals(1, imported.warnings().size(), imported.warnings()::toString);
        ImportWarning warning = imported.warnings().get(0);
        assertEquals("termsOfServiceUrl", warning.field());
        assertEquals("-", warning.value());
        assertTrue(warning.reason().startsWith("not a URL"), warning.reason());
    }

    @Test
    void snopytaIsKeptWhole() throws Exception {
        ManifestImport imported = reader.read(RealManifests.text("snopyta.json"));

        assertEquals(new OrganisationDetails("Snopyta",
                "Online services based on freedom, privacy and decentralization", "libre service provider",
                LegalStructure.INFORMAL_COLLECTIVE, 2018, null, null, List.of("en", "de"),
                "https://snopyta.org/logo.png", "https://snopyta.org", null, "https://snopyta.org/tos", null,
                "https://snopyta.org/privacy_policy", null, null, "https://snopyta.org/#contact"),
                imported.details());
        assertEquals(List.of(), imported.warnings());
    }
}
