package st.libreho.kb.internal.pages;

import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import st.libreho.kb.PageView;
import st.libreho.kb.RenderedMarkdown;
import st.libreho.kb.internal.KbConfig;
import st.libreho.kb.internal.markdown.MarkdownRenderer;

/**
 * What reading a page reuses, so that a warm page view reads one row and renders nothing (ADR 0011):
 * <ul>
 * <li>each revision's rendering, by revision and the links it shows as missing. A revision never changes, so a
 * rendering is right on every instance for as long as it is kept;</li>
 * <li>each page view, by page, revision, kind of reader and version of the public content. What a view shows
 * around its text (breadcrumbs, children, backlinks, missing links) changes with other pages, and every change of a
 * page moves the version ({@code platform.public_content}, read in the same statement as the page), so a view kept
 * for an older version is never served again: it is simply left to age out.</li>
 * </ul>
 * Both are bounded by their characters (Caffeine drops the least used first).
 */
@ApplicationScoped
public class RenderedPages {

    /** A page as one kind of reader saw it in one state of the wiki. */
    record ViewKey(long pageId, int revision, boolean member, long contentVersion) {
    }

    /** A revision's text with the links a reader finds no page for. */
    private record RenderingKey(long revisionId, Set<String> missing) {
    }

    /** What an entry costs beside its text: its key, its lists, the cache's own node. */
    private static final int OVERHEAD = 512;

    private final MarkdownRenderer markdown;
    private final Cache<ViewKey, PageView> views;
    private final Cache<RenderingKey, RenderedMarkdown> renderings;

    public RenderedPages(MarkdownRenderer markdown, KbConfig config) {
        this.markdown = markdown;
        // a Java character takes up to two bytes: the limit is in bytes, half of it for each cache
        long characters = config.renderingCacheSize().asLongValue() / 4;
        this.views = Caffeine.newBuilder().maximumWeight(characters)
                .<ViewKey, PageView> weigher((key, view) -> weight(view.markdown(), view.html())).build();
        this.renderings = Caffeine.newBuilder().maximumWeight(characters)
                .<RenderingKey, RenderedMarkdown> weigher((key, rendering) -> weight("", rendering.html())).build();
    }

    /** The view kept for this key, or the one {@code build} makes (once, however many readers ask together). */
    PageView view(ViewKey key, Function<ViewKey, PageView> build) {
        return views.get(key, build);
    }

    /** A revision's text rendered, with the links to {@code missing} shown as missing. */
    RenderedMarkdown rendering(RevisionEntity revision, Set<String> missing) {
        return renderings.get(new RenderingKey(revision.id, Set.copyOf(missing)),
                key -> markdown.render(revision.markdown, missing));
    }

    private static int weight(String text, String html) {
        return (int) Math.min(Integer.MAX_VALUE, (long) text.length() + html.length() + OVERHEAD);
    }
}
