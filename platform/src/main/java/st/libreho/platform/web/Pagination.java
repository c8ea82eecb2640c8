package st.libreho.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import io.quarkus.qute.TemplateData;
import st.libreho.platform.Page;

/**
 * The links between the pages of a list: previous, next, and a few page numbers around the current one (first and
 * last always), so that a long list still fits on one line.
 */
@TemplateData
public record Pagination(List<Link> links, String previous, String next, int page, int pages, String last) {

    /** A page number's link; {@code number} 0 stands for a gap ("…"). */
    @TemplateData
    public record Link(int number, String href, boolean current) {

        public boolean isGap() {
            return number == 0;
        }
    }

    private static final int AROUND = 2;

    public static Pagination of(Page<?> page, IntFunction<String> href) {
        List<Link> links = new ArrayList<>();
        int last = page.pages();
        int previousShown = 0;
        for (int number = 1; number <= last; number++) {
            boolean shown = number == 1 || number == last || Math.abs(number - page.page()) <= AROUND;
            if (!shown) {
                continue;
            }
            if (number > previousShown + 1) {
                links.add(new Link(0, null, false));
            }
            links.add(new Link(number, href.apply(number), number == page.page()));
            previousShown = number;
        }
        return new Pagination(links, page.hasPrevious() ? href.apply(page.page() - 1) : null,
                page.hasNext() ? href.apply(page.page() + 1) : null, page.page(), last, href.apply(last));
    }

    /** A page number beyond the list (an old link, a hand-made address): the page says so and links the last. */
    public boolean isPastTheEnd() {
        return page > pages;
    }

    public boolean isNeeded() {
        return pages > 1;
    }
}
