package st.libreho.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.quarkus.qute.i18n.MessageBundle;

/** The checks every module's message bundles must pass; each module's test calls them for its own bundles. */
public final class BundleChecks {

    /** Quarkus 3.33 generates a resolver the JVM rejects for a bundle of more than this many messages. */
    public static final int QUARKUS_LIMIT = 300;

    private BundleChecks() {
    }

    /** The bundle's English texts (its methods) each have a translation in the language, and nothing else does. */
    public static void translatedCompletely(Class<?> bundle, String language) throws IOException {
        Set<String> english = Arrays.stream(bundle.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        String name = bundle.getAnnotation(MessageBundle.class).value();
        Properties translation = new Properties();
        String file = "/messages/" + name + "_" + language + ".properties";
        try (InputStream in = bundle.getResourceAsStream(file)) {
            assertNotNull(in, file + " is missing");
            translation.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> translated = new TreeSet<>(translation.stringPropertyNames());

        assertEquals(english, translated);
        translation.forEach((key, value) -> assertTrue(!value.toString().isBlank(), key + " is empty"));
    }

    public static void withinWhatQuarkusCanGenerate(Class<?> bundle) {
        assertTrue(bundle.getDeclaredMethods().length <= QUARKUS_LIMIT,
                bundle.getSimpleName() + " has " + bundle.getDeclaredMethods().length + " messages");
    }
}
