package st.libreho.registry.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import st.libreho.registry.ConfigurationFile;

/** The hash people check their downloads against: the documented scheme, rebuilt elsewhere, gives the same. */
class ContentHashTest {

    private static final List<ConfigurationFile> FILES = List.of(
            new ConfigurationFile("compose.yml", "services:\n  web:\n    image: nginx:1.27\n"),
            new ConfigurationFile(".env.example", "DOMAIN=example.org\n"),
            new ConfigurationFile("config/nginx.conf", "server { listen 80; }\n"),
            new ConfigurationFile("docs/café.md", "Bonjour ☕\n"));

    @Test
    void theKnownVectorMatches() {
        // computed by the Python script of docs/registry-content-hash.md over the same four files
        assertEquals("sha256:bd514b0e7ce54433d9897a1a011105e38adbef2af1913b0f6d448d144b1adcba", ContentHash.of(FILES));
    }

    @Test
    void noFilesHashLikeNoBytes() {
        assertEquals("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                ContentHash.of(List.of()));
    }

    @Test
    void theOrderTheFilesAreListedInDoesNotMatter() {
        List<ConfigurationFile> shuffled = new ArrayList<>(FILES);
        Collections.reverse(shuffled);
        assertEquals(ContentHash.of(FILES), ContentHash.of(shuffled));
    }

    @Test
    void movingBytesBetweenPathAndContentChangesTheHash() {
        // without the 0 byte and the length, both would hash "ab" + "c"
        assertNotEquals(ContentHash.of(List.of(new ConfigurationFile("ab", "c"))),
                ContentHash.of(List.of(new ConfigurationFile("a", "bc"))));
        // without the length, one file's content could pass for the next file's header
        assertNotEquals(ContentHash.of(List.of(new ConfigurationFile("a", "x\0" + "1\0y"))),
                ContentHash.of(List.of(new ConfigurationFile("a", "x"), new ConfigurationFile("b", "y"))));
    }

    @Test
    void everyChangeOfAPathOrAContentChangesTheHash() {
        String hash = ContentHash.of(FILES);
        List<ConfigurationFile> renamed = new ArrayList<>(FILES);
        renamed.set(0, new ConfigurationFile("docker-compose.yml", FILES.get(0).content()));
        List<ConfigurationFile> edited = new ArrayList<>(FILES);
        edited.set(0, new ConfigurationFile("compose.yml", FILES.get(0).content().replace('\n', ' ')));
        List<ConfigurationFile> crlf = new ArrayList<>(FILES);
        crlf.set(1, new ConfigurationFile(".env.example", "DOMAIN=example.org\r\n"));
        assertNotEquals(hash, ContentHash.of(renamed));
        assertNotEquals(hash, ContentHash.of(edited));
        assertNotEquals(hash, ContentHash.of(crlf));
    }

    @Test
    void pathsAreOrderedByCodePointsAsUtf8BytesAre() {
        // U+FF5E (three UTF-8 bytes, EF BD 9E) comes before U+1F600 (four, F0 9F 98 80), as in `LC_ALL=C sort`;
        // Java's String order, by UTF-16 units, would put the emoji (D83D DE00) first
        assertEquals(-1, Integer.signum(PathOrder.compare("\uFF5E", "\uD83D\uDE00")));
        assertEquals(1, Integer.signum("\uFF5E".compareTo("\uD83D\uDE00")));
        assertEquals(-1, Integer.signum(PathOrder.compare("a", "a/b")));
        assertEquals(-1, Integer.signum(PathOrder.compare("a-b", "a/b")));
    }
}
