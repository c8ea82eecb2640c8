package st.libreho.web.i18n;

import st.libreho.directory.internal.web.DirectoryMessages;
import st.libreho.directory.internal.web.DirectoryTerms;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.qute.i18n.MessageBundle;

class MessagesTest {

    @ParameterizedTest
    @ValueSource(classes = { AppMessages.class, DirectoryMessages.class, DirectoryTerms.class })
    void everyEnglishTextHasAFrenchTranslationAndNoOrphans(Class<?> bundle) throws IOException {
        Set<String> english = Arrays.stream(bundle.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        String name = bundle.getAnnotation(MessageBundle.class).value();
        Properties french = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/" + name + "_fr.properties")) {
            french.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> translated = new TreeSet<>(french.stringPropertyNames());

        assertEquals(english, translated);
        french.forEach((key, value) -> assertTrue(!value.toString().isBlank(), key + " is empty"));
    }

    /** Quarkus 3.33 generates a resolver the JVM rejects for a bundle of more than 300 messages. */
    @ParameterizedTest
    @ValueSource(classes = { AppMessages.class, DirectoryMessages.class, DirectoryTerms.class })
    void everyBundleStaysWithinWhatQuarkusCanGenerate(Class<?> bundle) {
        assertTrue(bundle.getDeclaredMethods().length <= 300,
                bundle.getSimpleName() + " has " + bundle.getDeclaredMethods().length + " messages");
    }
}
