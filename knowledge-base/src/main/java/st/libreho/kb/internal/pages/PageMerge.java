package st.libreho.kb.internal.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import st.libreho.kb.PageEdit;
import st.libreho.kb.Visibility;

/**
 * The three-way merge of a whole save: the text line by line ({@link TextMerge}), each of title, language and
 * visibility as one value: a value only one side changed takes that side's; a value both changed, differently, is a
 * conflict; and the tags as a set, tag by tag ({@link #tags}).
 *
 * @param result what to save when nothing conflicts (the summary is the person's)
 * @param conflicting the fields both sides changed differently, in the order of the form
 * @param toResolve what the person is handed back when something conflicts: their details, and their text merged
 *        with the current one when the texts did not conflict. The conflict view saves it over the current
 *        revision, so handing back their unmerged text would undo the other person's lines.
 */
record PageMerge(PageEdit result, List<String> conflicting, PageEdit toResolve) {

    boolean isClean() {
        return conflicting.isEmpty();
    }

    /**
     * @param base what both started from
     * @param ours the page as it is now
     * @param theirs what the person sends
     */
    static PageMerge of(PageEdit base, PageEdit ours, PageEdit theirs) {
        List<String> conflicting = new ArrayList<>();
        String title = value("title", base.title(), ours.title(), theirs.title(), conflicting);
        String language = value("language", base.language(), ours.language(), theirs.language(), conflicting);
        Visibility visibility = value("visibility", base.visibility(), ours.visibility(), theirs.visibility(),
                conflicting);
        List<String> tags = tags(base.tags(), ours.tags(), theirs.tags());
        if (tags.size() > PageRules.MAX_TAGS) {
            conflicting.add("tags");
            tags = theirs.tags();
        }
        TextMerge.Result text = TextMerge.merge(base.markdown(), ours.markdown(), theirs.markdown());
        if (text.conflict()) {
            conflicting.add(0, "markdown");
        }
        String textToResolve = text.conflict() ? theirs.markdown() : text.text();
        return new PageMerge(new PageEdit(title, text.text(), language, visibility, theirs.summary(), tags),
                conflicting, new PageEdit(theirs.title(), textToResolve, theirs.language(), theirs.visibility(),
                        theirs.summary(), theirs.tags()));
    }

    /**
     * Tags are independent words, so two people's changes to them never overlap the way two edits of a line do: each
     * side's additions are kept and each side's removals are applied. A tag is kept when both sides still have it, or
     * when either added it since the base; a tag of the base that either side removed is gone. The result may hold
     * more tags than a page may have (both added different ones): the caller reports that as a conflict on
     * {@code tags}, never cuts the list itself.
     */
    static List<String> tags(List<String> base, List<String> ours, List<String> theirs) {
        TreeSet<String> merged = new TreeSet<>(ours);
        merged.retainAll(theirs);
        for (List<String> side : List.of(ours, theirs)) {
            side.stream().filter(tag -> !base.contains(tag)).forEach(merged::add);
        }
        return List.copyOf(merged);
    }

    private static <T> T value(String field, T base, T ours, T theirs, List<String> conflicting) {
        if (Objects.equals(theirs, base) || Objects.equals(theirs, ours)) {
            return ours;
        }
        if (Objects.equals(ours, base)) {
            return theirs;
        }
        conflicting.add(field);
        return theirs;
    }

    /** Whether two states of a page read the same (the summary is not part of the page). */
    static boolean sameContent(PageEdit a, PageEdit b) {
        return Objects.equals(a.title(), b.title()) && Objects.equals(a.markdown(), b.markdown())
                && Objects.equals(a.language(), b.language()) && a.visibility() == b.visibility()
                && Objects.equals(a.tags(), b.tags());
    }
}
