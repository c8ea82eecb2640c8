package st.libreho.registry.internal.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import st.libreho.registry.ConfigurationFile;

/**
 * The hash that identifies a version's files, served beside each version so that whoever downloads them can check
 * they got exactly these files. It depends on the paths and contents only, not on the order the files are listed in.
 *
 * <p>
 * The scheme, to rebuild with common tools ({@code docs/registry-content-hash.md} gives a script):
 * {@code "sha256:"} followed by the lowercase hex SHA-256 of, for each file in the order of its path's Unicode code
 * points (the byte order of UTF-8, what {@code LC_ALL=C sort} gives):
 *
 * <pre>
 * path as UTF-8 bytes, a 0 byte, the content's length in bytes as decimal ASCII digits, a 0 byte, the content's UTF-8
 * bytes
 * </pre>
 *
 * A path holds no 0 byte (control characters are refused) and the content is preceded by its length, so no two
 * different sets of files make the same sequence of bytes, whatever their paths and contents.
 */
public final class ContentHash {

    /** What the hash's text begins with: the algorithm, so that another one can follow some day. */
    public static final String PREFIX = "sha256:";

    private ContentHash() {
    }

    public static String of(List<ConfigurationFile> files) {
        List<ConfigurationFile> sorted = new ArrayList<>(files);
        sorted.sort((a, b) -> PathOrder.compare(a.path(), b.path()));
        MessageDigest sha256 = sha256();
        for (ConfigurationFile file : sorted) {
            byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
            sha256.update(file.path().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(Integer.toString(content.length).getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) 0);
            sha256.update(content);
        }
        return PREFIX + HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
