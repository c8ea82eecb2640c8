package st.libreho.platform.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** A module's message bundle in a language, for texts built in Java. */
public final class Bundles {

    private Bundles() {
    }

    /**
     * The bundle for a language. A language may translate some bundles only (Quarkus creates a language's bundle from
     * its properties file, and without the file there is none): the default language's bundle then speaks for it, as
     * it does for each key a file leaves out.
     */
    public static <T> T of(Class<T> bundle, String language) {
        try {
            return MessageBundles.get(bundle, Localized.Literal.of(language));
        } catch (IllegalStateException noBundleForTheLanguage) {
            return MessageBundles.get(bundle);
        }
    }
}
