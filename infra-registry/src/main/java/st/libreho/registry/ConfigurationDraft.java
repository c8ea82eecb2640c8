package st.libreho.registry;

import java.util.List;

/**
 * What a delegate fills in to share a configuration.
 *
 * @param owner the slug of the directory organisation that shares it
 * @param slug lower-case letters, digits and hyphens, unique within the owner
 * @param tags lower-case words, at most 10
 * @param readme Markdown, rendered through the knowledge base
 */
public record ConfigurationDraft(String owner, String slug, String title, Software software, ConfigurationFormat format,
        List<String> tags, ConfigurationStatus status, String readme) {
}
