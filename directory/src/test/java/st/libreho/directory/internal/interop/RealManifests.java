package st.libreho.directory.internal.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The public manifests of libreho.st members, as published, under src/test/resources/librehost. */
final class RealManifests {

    static final List<String> ALL = List.of("allmende.json", "libreops.json", "nixnet.json", "snopyta.json");

    /** Fixed, so founding-year checks do not depend on when the tests run. */
    static final Clock MID_2026 = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    private RealManifests() {
    }

    static String text(String file) {
        try (InputStream in = RealManifests.class.getResourceAsStream("/librehost/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource librehost/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
