package st.libreho.kb.internal.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * The id of every heading of one text, and its table of contents. An id is the heading's words as {@link Slugs} writes
 * them ("Sécurité des données" gives {@code securite-des-donnees}), so it reads well in an address and stays the same
 * while the heading does; a heading with the id of an earlier one gets {@code -1}, {@code -2}... (the first suffix
 * still free, so that "A", "A" and "A 1" give {@code a}, {@code a-1} and {@code a-1-1}: unique in the page). Computed
 * once before rendering, so the ids in the HTML and in the table of contents cannot differ.
 */
final class HeadingAnchors implements AttributeProvider {

    /** The id of a heading with no letter or digit ("???", an emoji). */
    static final String NAMELESS = "section";
    private static final int MAX_LENGTH = 80;
    private static final int FIRST_LISTED_LEVEL = 2;
    private static final int LAST_LISTED_LEVEL = 4;

    private final Map<Heading, String> ids = new IdentityHashMap<>();
    private final List<st.libreho.kb.Heading> tableOfContents = new ArrayList<>();

    private HeadingAnchors() {
    }

    static HeadingAnchors of(Node document) {
        HeadingAnchors anchors = new HeadingAnchors();
        Set<String> taken = new HashSet<>();
        Map<String, Integer> nextSuffix = new HashMap<>(); // so that many equal headings cost linear time
        Trees.walk(document, node -> {
            if (node instanceof Heading heading) {
                String text = PlainText.of(heading);
                String base = shortened(Slugs.slug(text));
                String id = base;
                if (!taken.add(id)) {
                    int suffix = nextSuffix.getOrDefault(base, 1);
                    while (!taken.add(id = base + "-" + suffix)) {
                        suffix++;
                    }
                    nextSuffix.put(base, suffix + 1);
                }
                anchors.ids.put(heading, id);
                if (heading.getLevel() >= FIRST_LISTED_LEVEL && heading.getLevel() <= LAST_LISTED_LEVEL) {
                    anchors.tableOfContents.add(new st.libreho.kb.Heading(heading.getLevel(), text, id));
                }
                return false; // a heading holds no heading
            }
            return true;
        });
        return anchors;
    }

    /** An address stays short enough to read and share: the first words, up to a word's end when there is one. */
    private static String shortened(String slug) {
        if (slug.isEmpty()) {
            return NAMELESS;
        }
        if (slug.codePointCount(0, slug.length()) <= MAX_LENGTH) {
            return slug;
        }
        String cut = slug.substring(0, slug.offsetByCodePoints(0, MAX_LENGTH));
        int lastHyphen = cut.lastIndexOf('-');
        return lastHyphen > 0 ? cut.substring(0, lastHyphen) : cut;
    }

    List<st.libreho.kb.Heading> tableOfContents() {
        return List.copyOf(tableOfContents);
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Heading heading) {
            attributes.put("id", ids.get(heading));
        }
    }
}
