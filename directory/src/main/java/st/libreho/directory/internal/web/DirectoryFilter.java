package st.libreho.directory.internal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.TemplateData;
import st.libreho.directory.DirectoryQuery;
import st.libreho.directory.PriceModel;
import st.libreho.directory.ServiceCategory;

/**
 * The filters of the directory and of the services list, exactly as the person gave them in the address, so that
 * the form shows them again and every page link keeps them. A value that names nothing (an old link, a typo) is
 * ignored rather than refused: a search page should always answer.
 */
@TemplateData
public record DirectoryFilter(@RestQuery String q, @RestQuery String category, @RestQuery String language,
        @RestQuery String country, @RestQuery boolean open, @RestQuery String price, @RestQuery String page) {

    public static final int PAGE_SIZE = 20;

    public DirectoryQuery query() {
        return new DirectoryQuery(q, parse(ServiceCategory.class, category), language, country, open,
                parse(PriceModel.class, price), pageNumber(), PAGE_SIZE);
    }

    public int pageNumber() {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    public boolean isFiltered() {
        DirectoryQuery query = query();
        return query.text() != null || query.category() != null || query.language() != null
                || query.country() != null || open || query.priceModel() != null;
    }

    /** The language asked for, as the choices write it (a withdrawn code as its current one). */
    public String selectedLanguage() {
        return query().language();
    }

    /** The country asked for, as the choices write it. */
    public String selectedCountry() {
        return query().country();
    }

    /** Whether an option of the category or price select is the chosen one, in any case. */
    public boolean selected(String field, String value) {
        String chosen = switch (field) {
            case "category" -> category;
            case "price" -> price;
            default -> null;
        };
        return chosen != null && chosen.strip().equalsIgnoreCase(value);
    }

    /** The query string for another page of the same search, e.g. {@code ?q=mail&open=true&page=2}. */
    public String link(int pageNumber) {
        List<String> parts = new ArrayList<>();
        DirectoryQuery query = query();
        add(parts, "q", query.text());
        add(parts, "category", query.category() == null ? null : query.category().name());
        add(parts, "language", query.language());
        add(parts, "country", query.country());
        add(parts, "open", open ? "true" : null);
        add(parts, "price", query.priceModel() == null ? null : query.priceModel().name());
        if (pageNumber > 1) {
            parts.add("page=" + pageNumber);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
