package st.libreho.directory.internal.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.qute.TemplateData;
import st.libreho.directory.internal.web.Labels.Option;
import st.libreho.platform.web.RequestLanguage;

/**
 * The language and country choices of the filters (and of the home page's quick search): first those the members
 * have, most used first, each with its number of organisations; then every other one, by name. Templates read it as
 * {@code inject:filterChoices}. The lists are made by {@link ChoiceLists}, once per page language and change of the
 * directory.
 */
@Named("filterChoices")
@RequestScoped
public class FilterChoices {

    /** The options of one select, in two groups. */
    @TemplateData
    public record Choices(List<Option> inUse, List<Option> others) {
    }

    private final ChoiceLists lists;
    private final Locale locale;

    public FilterChoices(ChoiceLists lists, RequestLanguage language) {
        this.lists = lists;
        this.locale = language.locale();
    }

    public Choices getLanguages() {
        return lists.filterLanguages(locale);
    }

    public Choices getCountries() {
        return lists.filterCountries(locale);
    }

    /** {@code all} comes sorted by name; the sort by count keeps that order among equal counts. */
    static Choices split(List<Option> all, Map<String, Long> counts) {
        List<Option> inUse = all.stream().filter(option -> counts.containsKey(option.value()))
                .sorted(Comparator.comparing((Option option) -> counts.get(option.value())).reversed())
                .map(option -> new Option(option.value(), option.label() + " (" + counts.get(option.value()) + ")"))
                .toList();
        List<Option> others = all.stream().filter(option -> !counts.containsKey(option.value())).toList();
        return new Choices(inUse, others);
    }
}
