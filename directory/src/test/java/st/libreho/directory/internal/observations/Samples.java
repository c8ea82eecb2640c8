package st.libreho.directory.internal.observations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The NodeInfo samples of the protocol's repository, unchanged, under src/test/resources/nodeinfo. */
final class Samples {

    private Samples() {
    }

    static byte[] bytes(String file) {
        try (InputStream in = Samples.class.getResourceAsStream("/nodeinfo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource nodeinfo/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
