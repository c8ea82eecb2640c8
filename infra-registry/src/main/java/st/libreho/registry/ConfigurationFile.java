package st.libreho.registry;

import java.util.Objects;

/**
 * One text file of a configuration version.
 *
 * @param path relative, '/'-separated, without {@code .} or {@code ..} segments (for example
 *        {@code compose.yml}, {@code config/nginx.conf})
 * @param content the file's text, as valid UTF-8 read it; line ends as uploaded
 */
public record ConfigurationFile(String path, String content) {

    public ConfigurationFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
