package st.libreho.registry.internal.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;

import st.libreho.registry.BundleFormat;
import st.libreho.registry.ConfigurationFile;

/** The bundles people download: unpacked, they give back the version's files and the generated .env, byte for byte. */
class BundlesTest {

    private static final List<ConfigurationFile> FILES = List.of(
            new ConfigurationFile("compose.yml", "services:\n  web:\n    image: nginx:1.27\n"),
            new ConfigurationFile("config/nginx.conf", "server { listen 80; }\r\n"),
            new ConfigurationFile("docs/lisez-moi é.md", "Bonjour ☕"),
            new ConfigurationFile("deep/" + "d".repeat(150) + "/file.txt", "a path longer than tar's 100 bytes\n"));

    private static final String ENV = "DOMAIN=\"example.org\"\nDB_PASSWORD=\"s3cret\"\n";

    @Test
    void aTarGzUnpacksToTheFilesAndTheEnvAtTheTopLevel() throws IOException {
        Map<String, TestArchives.TarFile> unpacked = TestArchives.untarGz(bundle(FILES, ENV, BundleFormat.TAR_GZ));
        assertEquals(expected(FILES, ENV), contents(unpacked));
        assertEquals(0100600, unpacked.get(".env").mode(), "the .env holds secrets: its owner's only");
        assertEquals(0100644, unpacked.get("compose.yml").mode());
        assertEquals(946_684_800_000L, unpacked.get("compose.yml").modified(), "2000-01-01T00:00:00Z");
    }

    @Test
    void aZipUnpacksToTheFilesAndTheEnvAtTheTopLevel() throws IOException {
        byte[] zip = bundle(FILES, ENV, BundleFormat.ZIP);
        assertEquals(expected(FILES, ENV), TestArchives.unzip(zip));
        try (ZipFile read = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            Map<String, Integer> modes = new LinkedHashMap<>();
            for (Enumeration<ZipArchiveEntry> all = read.getEntries(); all.hasMoreElements();) {
                ZipArchiveEntry entry = all.nextElement();
                modes.put(entry.getName(), entry.getUnixMode());
            }
            assertEquals(0100600, modes.get(".env"));
            assertEquals(0100644, modes.get("compose.yml"));
        }
    }

    @Test
    void theGeneratedEnvTakesThePlaceOfTheVersionsOwn() throws IOException {
        List<ConfigurationFile> withEnv = new ArrayList<>(FILES);
        withEnv.add(new ConfigurationFile(".env", "DOMAIN=\nDB_PASSWORD=changeme\n"));
        withEnv.add(new ConfigurationFile(".ENV", "on macOS, the same file\n"));
        Map<String, String> unzipped = TestArchives.unzip(bundle(withEnv, ENV, BundleFormat.ZIP));
        assertEquals(ENV, unzipped.get(".env"));
        assertFalse(unzipped.containsKey(".ENV"));
        assertEquals(expected(FILES, ENV), unzipped);
    }

    @Test
    void withoutAGeneratedEnvTheVersionsFilesAreWrittenAsTheyAre() throws IOException {
        List<ConfigurationFile> withEnv = new ArrayList<>(FILES);
        withEnv.add(new ConfigurationFile(".env", "DOMAIN=\n"));
        assertEquals(expected(withEnv, null), TestArchives.unzip(bundle(withEnv, null, BundleFormat.ZIP)));
    }

    @Test
    void theSameFilesGiveTheSameBytesInAnyOrderAtAnyTimeInAnyTimeZone() throws Exception {
        List<ConfigurationFile> reversed = new ArrayList<>(FILES);
        Collections.reverse(reversed);
        for (BundleFormat format : BundleFormat.values()) {
            byte[] first = bundle(FILES, ENV, format);
            Thread.sleep(1100); // a timestamp taken from the clock would show now
            assertArrayEquals(first, bundle(reversed, ENV, format), format.name());
            TimeZone zone = TimeZone.getDefault();
            try {
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
                assertArrayEquals(first, bundle(FILES, ENV, format), format + " in another time zone");
            } finally {
                TimeZone.setDefault(zone);
            }
        }
    }

    @Test
    void aBundleIsAnArchiveTheRegistryReadsBack() {
        for (BundleFormat format : BundleFormat.values()) {
            ArchiveContents contents = ArchiveReader.read(TestArchives.stream(bundle(FILES, ENV, format)),
                    "bundle." + format.extension(), FileLimits.DEFAULT);
            assertEquals(expected(FILES, ENV), contents.files().stream()
                    .collect(LinkedHashMap::new, (map, file) -> map.put(file.path(), file.content()), Map::putAll));
        }
    }

    @Test
    void theCallersStreamIsLeftOpen() {
        boolean[] closed = { false };
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Bundles.write(FILES, ENV, BundleFormat.TAR_GZ, out);
        Bundles.write(FILES, ENV, BundleFormat.ZIP, out);
        assertFalse(closed[0]);
    }

    private static byte[] bundle(List<ConfigurationFile> files, String env, BundleFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Bundles.write(files, env, format, out);
        return out.toByteArray();
    }

    /** What unpacking should give: the files by path in code point order, the .env among them. */
    private static Map<String, String> expected(List<ConfigurationFile> files, String env) {
        List<ConfigurationFile> all = new ArrayList<>(files);
        if (env != null) {
            all.add(new ConfigurationFile(".env", env));
        }
        all.sort((a, b) -> PathOrder.compare(a.path(), b.path()));
        Map<String, String> expected = new LinkedHashMap<>();
        all.forEach(file -> expected.put(file.path(), file.content()));
        return expected;
    }

    private static Map<String, String> contents(Map<String, TestArchives.TarFile> unpacked) {
        Map<String, String> contents = new LinkedHashMap<>();
        unpacked.forEach((name, file) -> contents.put(name, file.content()));
        return contents;
    }
}
