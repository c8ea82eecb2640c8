package st.libreho.directory.internal.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.qute.TemplateData;
import st.libreho.directory.Directory;
import st.libreho.directory.DirectoryFacets;
import st.libreho.directory.internal.web.Labels.Option;

/**
 * The language and country choices of the filters (and of the home page's quick search): first those the members
 * have, most used first, each with its number of organisations; then every other one, by name. Templates read it as
 * {@code inject:filterChoices}. The counts are read once per request, and only by a page that shows the choices.
 */
@Named("filterChoices")
@RequestScoped
public class FilterChoices {

    /** The options of one select, in two groups. */
    @TemplateData
    public record Choices(List<Option> inUse, List<Option> others) {
    }

    private final Directory directory;
    private final Labels labels;
    private DirectoryFacets facets;

    public FilterChoices(Directory directory, Labels labels) {
        this.directory = directory;
        this.labels = labels;
    }

    public Choices getLanguages() {
        return split(labels.languageOptions(), facets().languages());
    }

    public Choices getCountries() {
        return split(labels.countryOptions(), facets().countries());
    }

    private DirectoryFacets facets() {
        if (facets == null) {
            facets = directory.facets();
        }
        return facets;
    }

    /** {@code all} comes sorted by name; the sort by count keeps that order among equal counts. */
    private static Choices split(List<Option> all, Map<String, Long> counts) {
        List<Option> inUse = all.stream().filter(option -> counts.containsKey(option.value()))
                .sorted(Comparator.comparing((Option option) -> counts.get(option.value())).reversed())
                .map(option -> new Option(option.value(), option.label() + " (" + counts.get(option.value()) + ")"))
                .toList();
        List<Option> others = all.stream().filter(option -> !counts.containsKey(option.value())).toList();
        return new Choices(inUse, others);
    }
}
