package st.libreho.directory;

import st.libreho.directory.internal.IsoCodes;

/**
 * Search and filters shared by the directory of organisations and the list of services. Null means "any".
 *
 * @param openRegistration only organisations (or services) where anyone may register
 * @param page from 1
 */
public record DirectoryQuery(String text, ServiceCategory category, String language, String country,
        boolean openRegistration, PriceModel priceModel, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Far past any real list; keeps the row offset within an int, so an absurd page is just an empty one. */
    public static final int MAX_PAGE = 100_000;

    public DirectoryQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        language = language == null || language.isBlank() ? null : IsoCodes.normalLanguage(language);
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase();
        page = Math.min(Math.max(1, page), MAX_PAGE);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static DirectoryQuery all() {
        return new DirectoryQuery(null, null, null, null, false, null, 1, DEFAULT_SIZE);
    }
}
