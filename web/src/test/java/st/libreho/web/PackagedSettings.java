package st.libreho.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Properties;

import st.libreho.platform.Actor;

/** The platform kit's shared settings as packaged, for tests that check what production runs with. */
public final class PackagedSettings {

    private PackagedSettings() {
    }

    /** A setting's packaged value, with its profile prefix if it has one ({@code %prod.quarkus...}). */
    public static String value(String key) {
        try {
            // each library may ship such a file: the kit's is the one that has the key
            for (URL file : Collections.list(Actor.class.getClassLoader()
                    .getResources("META-INF/microprofile-config.properties"))) {
                try (InputStream in = file.openStream()) {
                    Properties settings = new Properties();
                    settings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    if (settings.getProperty(key) != null) {
                        return settings.getProperty(key);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no packaged setting " + key);
    }
}
