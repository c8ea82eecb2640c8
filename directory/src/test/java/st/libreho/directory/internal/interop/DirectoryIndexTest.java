package st.libreho.directory.internal.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import st.libreho.directory.ImportWarning;

class DirectoryIndexTest {

    @Test
    void theRealIndexShapeReadsInOrder() throws Exception {
        DirectoryIndex index = DirectoryIndex.read(RealManifests.text("directory.json"));

        assertEquals(List.of("foo-bar", "bing-bong"), List.copyOf(index.manifestUrls().keySet()));
        assertEquals("https://foo-bar.org/librehost.json", index.manifestUrls().get("foo-bar"));
        assertEquals("http://bing-bong.org/librehost.json", index.manifestUrls().get("bing-bong"));
        assertEquals(List.of(), index.warnings());
    }

    @Test
    void unusableEntriesAreReportedByMemberKey_theRestIsKept() throws Exception {
        DirectoryIndex index = DirectoryIndex.read("""
                {"zeta": " https://zeta.example/librehost.json ", "dash": "-", "number": 5,
                 "nested": {"url": "https://x.example"}, "": "https://nokey.example/librehost.json",
                 "alpha": "https://alpha.example/librehost.json"}""");

        assertEquals(Map.of("zeta", "https://zeta.example/librehost.json", "alpha",
                "https://alpha.example/librehost.json"), index.manifestUrls());
        assertEquals(List.of("zeta", "alpha"), List.copyOf(index.manifestUrls().keySet()));
        assertEquals(List.of(new ImportWarning("dash", "-", HttpUrls.NOT_A_URL),
                new ImportWarning("number", "5", "not a manifest URL but a number"),
                new ImportWarning("nested", "{\"url\":\"https://x.example\"}", "not a manifest URL but an object"),
                new ImportWarning("", "https://nokey.example/librehost.json",
                        "a member needs a key; this entry has none")), index.warnings());
    }

    @Test
    void malformedIndexSaysWhere() {
        ManifestException e = assertThrows(ManifestException.class,
                () -> DirectoryIndex.read("{\"a\": \"https://a.example\",\n \"b\" \"https://b.example\"}"));

        assertTrue(e.getMessage().startsWith("The directory index is not valid JSON at line 2, column "),
                e.getMessage());
    }

    @Test
    void anIndexMustBeAnObject() {
        ManifestException e = assertThrows(ManifestException.class,
                () -> DirectoryIndex.read("[\"https://a.example/librehost.json\"]"));

        assertEquals("The directory index must be a JSON object, not an array.", e.getMessage());
    }

    @Test
    void writtenInTheMapsOrder_andReadBackEqual() throws Exception {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("snopyta", "https://snopyta.org/librehost.json");
        urls.put("allmende", "https://allmende.io/librehost.json");

        String json = DirectoryIndex.write(urls).toString();

        assertEquals("{\"snopyta\":\"https://snopyta.org/librehost.json\","
                + "\"allmende\":\"https://allmende.io/librehost.json\"}", json);
        assertEquals(new DirectoryIndex(urls, List.of()), DirectoryIndex.read(json));
    }

    @Test
    void theReadMapCannotBeChanged() throws Exception {
        DirectoryIndex index = DirectoryIndex.read(RealManifests.text("directory.json"));

        assertThrows(UnsupportedOperationException.class, () -> index.manifestUrls().put("x", "https://x.example"));
    }
}
