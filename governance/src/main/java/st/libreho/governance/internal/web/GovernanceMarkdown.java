package st.libreho.governance.internal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;
import st.libreho.kb.KnowledgeBase;

/**
 * Members' Markdown (a proposal's text, a comment, a reason, an answer) as the pages show it: rendered and sanitised
 * by the knowledge base. Templates read it as {@code inject:govMarkdown.html(text)}.
 */
@Named("govMarkdown")
@ApplicationScoped
@TemplateData
public class GovernanceMarkdown {

    /** About 8 MB of kept renderings (each weighed by its characters, two bytes each). */
    static final long KEPT_CHARACTERS = 4_000_000;

    private final KnowledgeBase knowledgeBase;
    /**
     * Renderings by text: a version of a proposal, a reason or an answer never changes once written, and the proposal
     * page renders each on every visit (the benchmark measured it as most of the page's cost). Rendering does not
     * depend on the reader, so one rendering serves everyone.
     */
    private final Cache<String, String> rendered = Caffeine.newBuilder().maximumWeight(KEPT_CHARACTERS)
            .weigher((String markdown, String html) -> markdown.length() + html.length()).build();

    public GovernanceMarkdown(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /** Safe HTML, inserted as it is: the renderer sanitised it by an allow-list. */
    public RawString html(String markdown) {
        String text = markdown == null ? "" : markdown;
        return new RawString(rendered.get(text, key -> knowledgeBase.render(key).html()));
    }
}
