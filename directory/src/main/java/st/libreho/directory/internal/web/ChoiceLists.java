package st.libreho.directory.internal.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import st.libreho.directory.Directory;
import st.libreho.directory.DirectoryFacets;
import st.libreho.directory.internal.IsoCodes;
import st.libreho.directory.internal.web.FilterChoices.Choices;
import st.libreho.directory.internal.web.Labels.Option;
import st.libreho.platform.web.cache.PublicContent;

/**
 * The long select lists, made once instead of on every request: every language and country sorted by its name in
 * each page language (a {@link Collator} sort of some 430 names, which used to be most of a page's time), and the
 * filters' split of them by what the members use, kept until the public content changes.
 */
@ApplicationScoped
public class ChoiceLists {

    /** The filters' choices for one page language, and the generation of the public content they were counted in. */
    private record Counted(long generation, Choices languages, Choices countries) {
    }

    private final Directory directory;
    private final PublicContent content;
    private final Map<Locale, List<Option>> languages = new ConcurrentHashMap<>();
    private final Map<Locale, List<Option>> countries = new ConcurrentHashMap<>();
    private final Map<Locale, Counted> counted = new ConcurrentHashMap<>();

    public ChoiceLists(Directory directory, PublicContent content) {
        this.directory = directory;
        this.content = content;
    }

    /** Every ISO 639-1 language, sorted by its name in this locale. */
    public List<Option> languages(Locale locale) {
        return languages.computeIfAbsent(locale, l -> sorted(l,
                IsoCodes.languages().stream().map(code -> new Option(code, Labels.languageName(code, l)))));
    }

    /** Every ISO 3166-1 country, sorted by its name in this locale. */
    public List<Option> countries(Locale locale) {
        return countries.computeIfAbsent(locale, l -> sorted(l,
                Arrays.stream(Locale.getISOCountries()).map(code -> new Option(code, Labels.countryName(code, l)))));
    }

    /** The language filter's choices: those the members have first, with their counts. */
    public Choices filterLanguages(Locale locale) {
        return counted(locale).languages();
    }

    /** The country filter's choices: those the members are in first, with their counts. */
    public Choices filterCountries(Locale locale) {
        return counted(locale).countries();
    }

    private Counted counted(Locale locale) {
        // the generation is read before the counts, so that counts read during a change are made again next time
        long generation = content.generation();
        Counted current = counted.get(locale);
        if (current != null && current.generation() == generation) {
            return current;
        }
        DirectoryFacets facets = directory.facets();
        Counted made = new Counted(generation, FilterChoices.split(languages(locale), facets.languages()),
                FilterChoices.split(countries(locale), facets.countries()));
        counted.put(locale, made);
        return made;
    }

    private static List<Option> sorted(Locale locale, Stream<Option> options) {
        Collator collator = Collator.getInstance(locale);
        return options.sorted(Comparator.comparing(Option::label, collator)).toList();
    }
}
