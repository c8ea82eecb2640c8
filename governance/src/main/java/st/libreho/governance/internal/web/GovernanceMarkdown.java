package st.libreho.governance.internal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

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

    private final KnowledgeBase knowledgeBase;

    public GovernanceMarkdown(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /** Safe HTML, inserted as it is: the renderer sanitised it by an allow-list. */
    public RawString html(String markdown) {
        return new RawString(knowledgeBase.render(markdown).html());
    }
}
