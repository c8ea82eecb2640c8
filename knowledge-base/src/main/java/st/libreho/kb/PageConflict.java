package st.libreho.kb;

import java.util.List;

/**
 * A save that could not be merged with what others saved meanwhile. Nothing was saved; everything the person sent is
 * here, beside the page as it is now and as it was when they started, so that they can resolve it and save again
 * from {@code currentRevision}.
 *
 * @param yours what the person sent
 * @param theirs the page as it is now
 * @param base the page as it was at {@code baseRevision}; empty when the person meant to create the page
 * @param baseRevision the revision the person started from; null when they meant to create the page
 * @param conflicting the fields both changed, differently: {@code markdown}, {@code title}, {@code language},
 *        {@code visibility}, {@code tags} (only when the tags both added would make more than a page may have); or
 *        only {@code page} when the page at the path is not the one the person started from (it moved away and
 *        another took its path): then {@code base} is empty, and nothing of the two is merged
 * @param theirsToYours the lines that differ between the current text and the person's
 * @param pageToken the token of the page at the path now, to send with the next save
 */
public record PageConflict(String path, PageEdit yours, PageEdit theirs, PageEdit base, Integer baseRevision,
        int currentRevision, List<String> conflicting, List<DiffLine> theirsToYours, String pageToken) {

    /** What {@code conflicting} holds when the save reached another page than the one the person started from. */
    public static final String OTHER_PAGE = "page";

    public PageConflict {
        conflicting = List.copyOf(conflicting);
        theirsToYours = List.copyOf(theirsToYours);
    }

    /** Whether the page at the path is not the one the person started from. */
    public boolean otherPage() {
        return conflicting.contains(OTHER_PAGE);
    }
}
