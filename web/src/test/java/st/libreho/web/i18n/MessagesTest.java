package st.libreho.web.i18n;

import st.libreho.directory.internal.web.DirectoryMessages;
import st.libreho.directory.internal.web.DirectoryTerms;
import st.libreho.platform.web.UiMessages;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

class MessagesTest {

    /**
     * The keys of a bundle as Quarkus generates them: one per method, and for an enum method (one enum parameter, no
     * template: Qute's enum localization) one per constant, {@code <method>_<CONSTANT>}, or {@code <method>_$<CONSTANT>}
     * when a constant of that enum contains an underscore or a dollar sign.
     */
    static Set<String> keys(Class<?> bundle, boolean withEnumMethods) {
        Set<String> keys = new TreeSet<>();
        for (Method method : bundle.getDeclaredMethods()) {
            if (isEnumMethod(method)) {
                List<String> constants = Arrays.stream(method.getParameterTypes()[0].getEnumConstants())
                        .map(c -> ((Enum<?>) c).name()).toList();
                String separator = constants.stream().anyMatch(c -> c.contains("_") || c.contains("$")) ? "_$" : "_";
                constants.forEach(c -> keys.add(method.getName() + separator + c));
                if (withEnumMethods) {
                    keys.add(method.getName());
                }
            } else {
                keys.add(method.getName());
            }
        }
        return keys;
    }

    static boolean isEnumMethod(Method method) {
        Message message = method.getAnnotation(Message.class);
        return method.getParameterCount() == 1 && method.getParameterTypes()[0].isEnum()
                && (message == null || Message.DEFAULT_VALUE.equals(message.value()));
    }

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(classes = { AppMessages.class, UiMessages.class, DirectoryMessages.class, DirectoryTerms.class })
    void everyEnglishTextHasAFrenchTranslationAndNoOrphans(Class<?> bundle) throws IOException {
        Set<String> english = keys(bundle, false);
        String name = bundle.getAnnotation(MessageBundle.class).value();
        Properties french = load("/messages/" + name + "_fr.properties");
        Set<String> translated = new TreeSet<>(french.stringPropertyNames());

        assertEquals(english, translated);
        french.forEach((key, value) -> assertTrue(!value.toString().isBlank(), key + " is empty"));
    }

    /** English for an enum constant has no annotation to live in: the default locale's file holds exactly those. */
    @ParameterizedTest
    @ValueSource(classes = { AppMessages.class, UiMessages.class, DirectoryMessages.class, DirectoryTerms.class })
    void everyEnumConstantHasItsEnglishInTheDefaultFile(Class<?> bundle) throws IOException {
        Set<String> enumKeys = new TreeSet<>(keys(bundle, false));
        Arrays.stream(bundle.getDeclaredMethods()).filter(m -> !isEnumMethod(m)).forEach(m -> enumKeys.remove(m.getName()));
        String name = bundle.getAnnotation(MessageBundle.class).value();
        Properties english = load("/messages/" + name + ".properties");

        assertEquals(enumKeys, new TreeSet<>(english.stringPropertyNames()));
        english.forEach((key, value) -> assertTrue(!value.toString().isBlank(), key + " is empty"));
    }

    /**
     * Quarkus 3.33 generates a resolver the JVM rejects for a bundle of more than 300 messages. Each enum constant is a
     * generated message method of its own (and the enum method one more), so they count.
     */
    @ParameterizedTest
    @ValueSource(classes = { AppMessages.class, UiMessages.class, DirectoryMessages.class, DirectoryTerms.class })
    void everyBundleStaysWithinWhatQuarkusCanGenerate(Class<?> bundle) {
        int messages = keys(bundle, true).size();
        assertTrue(messages <= 300, bundle.getSimpleName() + " has " + messages + " messages");
    }
}
