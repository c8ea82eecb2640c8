package st.libreho.directory.internal.interop;

import java.time.Clock;
import java.time.Year;

import com.fasterxml.jackson.databind.JsonNode;

import st.libreho.directory.ManifestImport;

/**
 * Reads a libreho.st {@code librehost.json} manifest (schema.org Organization, versions 0.0.1 and 1.0.0) and the
 * directory's own additions. Keeps every usable field and reports each one it could not use, so a delegate importing
 * their manifest knows exactly what to fill in by hand. Thread-safe.
 */
public final class LibrehostManifestReader {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_TAGLINE_LENGTH = 300;
    public static final int MAX_DESCRIPTION_LENGTH = 5000;
    public static final int MAX_REGION_LENGTH = 200;
    public static final int EARLIEST_FOUNDING_YEAR = 1900;

    private static final String WHAT = "The manifest";

    private final Clock clock;

    public LibrehostManifestReader() {
        this(Clock.systemUTC());
    }

    /** @param clock tells which founding years lie in the future */
    public LibrehostManifestReader(Clock clock) {
        this.clock = clock;
    }

    /** @throws ManifestException when the text is not JSON, not an object, or has no name */
    public ManifestImport read(String json) throws ManifestException {
        return read(JsonDocuments.parse(json, WHAT));
    }

    /** As {@link #read(String)}, for an upload whose encoding Jackson should detect. */
    public ManifestImport read(byte[] json) throws ManifestException {
        return read(JsonDocuments.parse(json, WHAT));
    }

    /** @throws ManifestException when the document is not an object or has no name */
    public ManifestImport read(JsonNode manifest) throws ManifestException {
        if (manifest == null || !manifest.isObject()) {
            throw new ManifestException(
                    WHAT + " must be a JSON object, not " + JsonDocuments.describe(manifest) + ".");
        }
        return new ManifestReading(manifest, Year.now(clock).getValue()).read();
    }
}
