package st.libreho.platform;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param page the page number, from 1
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
