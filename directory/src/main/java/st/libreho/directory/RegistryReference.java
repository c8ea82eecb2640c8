package st.libreho.directory;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a service names the registry configuration it runs: {@code owner/slug@version} (for example
 * {@code tiriad/bonfire@1.1.0}), or {@code owner/slug} when it follows no particular version. The directory only
 * stores and links it; the registry lists the services that name its configurations.
 */
public record RegistryReference(String owner, String slug, String version) {

    private static final Pattern FORM = Pattern.compile(
            "([a-z0-9][a-z0-9-]{0,63})/([a-z0-9][a-z0-9-]{0,63})(?:@([0-9A-Za-z.+-]{1,100}))?");

    /** The reference a service's text makes, when it is written in this form; empty for free text. */
    public static Optional<RegistryReference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(text.strip());
        return matcher.matches() ? Optional.of(new RegistryReference(matcher.group(1), matcher.group(2),
                matcher.group(3))) : Optional.empty();
    }

    /** The configuration's page in the registry, or its version's when the reference names one. */
    public String href() {
        return "/registry/" + owner + "/" + slug + (version == null ? "" : "/versions/" + version);
    }

    /** The text to show: {@code owner/slug 1.1.0}. */
    public String label() {
        return owner + "/" + slug + (version == null ? "" : " " + version);
    }
}
