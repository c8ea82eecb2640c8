package st.libreho.directory.internal.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ImportDecodingTest {

    @Test
    void anUploadedManifestInUtf8OrWindows1252ReadsTheSame() {
        String manifest = "{\"name\": \"Hébergement coopératif\"}";
        assertEquals(manifest, ManifestImports.decode(manifest.getBytes(StandardCharsets.UTF_8)));
        assertEquals(manifest, ManifestImports.decode(manifest.getBytes(Charset.forName("windows-1252"))));
    }
}
