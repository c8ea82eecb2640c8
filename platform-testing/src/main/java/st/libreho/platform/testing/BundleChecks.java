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
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The checks every module's message bundles must pass; each module's test calls them for its own bundles. */
public final class BundleChecks {

    /** Quarkus 3.33 generates a resolver the JVM rejects for a bundle of more than this many messages. */
    public static final int QUARKUS_LIMIT = 300;

    private BundleChecks() {
    }

    /** Every key of the bundle has a translation in the language, and the translation has no other key. */
    public static void translatedCompletely(Class<?> bundle, String language) throws IOException {
        Properties translation = load(bundle, "/messages/" + name(bundle) + "_" + language + ".properties");
        assertEquals(keys(bundle, false), new TreeSet<>(translation.stringPropertyNames()));
        translation.forEach((key, value) -> assertTrue(!value.toString().isBlank(), key + " is empty"));
    }

    /**
     * English for an enum constant has no annotation to live in: the default locale's file
     * ({@code messages/<bundle>.properties}) holds exactly those keys, or is absent when the bundle has no enum method.
     */
    public static void enumConstantsHaveTheirEnglish(Class<?> bundle) throws IOException {
        Set<String> enumKeys = new TreeSet<>(keys(bundle, false));
        Arrays.stream(bundle.getDeclaredMethods()).filter(m -> !isEnumMethod(m))
                .forEach(m -> enumKeys.remove(m.getName()));
        String file = "/messages/" + name(bundle) + ".properties";
        Properties english = new Properties();
        try (InputStream in = bundle.getResourceAsStream(file)) {
            if (in != null) {
                english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        assertEquals(enumKeys, new TreeSet<>(english.stringPropertyNames()), file);
        english.forEach((key, value) -> assertTrue(!value.toString().isBlank(), key + " is empty"));
    }

    /** Each enum constant is a generated message method of its own (and the enum method one more), so they count. */
    public static void withinWhatQuarkusCanGenerate(Class<?> bundle) {
        int messages = keys(bundle, true).size();
        assertTrue(messages <= QUARKUS_LIMIT, bundle.getSimpleName() + " has " + messages + " messages");
    }

    /**
     * The keys of a bundle as Quarkus generates them: one per method, and for an enum method (one enum parameter, no
     * template: Qute's enum localization) one per constant, {@code <method>_<CONSTANT>}, or
     * {@code <method>_$<CONSTANT>} when a constant of that enum contains an underscore or a dollar sign.
     */
    static Set<String> keys(Class<?> bundle, boolean withEnumMethods) {
        Set<String> keys = new TreeSet<>();
        for (Method method : bundle.getDeclaredMethods()) {
            if (!isEnumMethod(method)) {
                keys.add(method.getName());
                continue;
            }
            List<String> constants = Arrays.stream(method.getParameterTypes()[0].getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).toList();
            String separator = constants.stream().anyMatch(c -> c.contains("_") || c.contains("$")) ? "_$" : "_";
            constants.forEach(c -> keys.add(method.getName() + separator + c));
            if (withEnumMethods) {
                keys.add(method.getName());
            }
        }
        return keys;
    }

    private static boolean isEnumMethod(Method method) {
        Message message = method.getAnnotation(Message.class);
        return method.getParameterCount() == 1 && method.getParameterTypes()[0].isEnum()
                && (message == null || Message.DEFAULT_VALUE.equals(message.value()));
    }

    private static String name(Class<?> bundle) {
        return bundle.getAnnotation(MessageBundle.class).value();
    }

    private static Properties load(Class<?> bundle, String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = bundle.getResourceAsStream(file)) {
            assertNotNull(in, file + " is missing");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
