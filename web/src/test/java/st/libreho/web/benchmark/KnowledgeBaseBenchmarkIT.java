package st.libreho.web.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How many wiki pages and searches a second the packaged platform serves with 1,000 and 10,000 pages of about 5 KB
 * (generated, half in English, half in French, linked to each other: {@link GeneratedWiki}), beside
 * {@code /q/health/live} in the same run, so that the cost's growth with the wiki's size shows. Started, seeded and
 * measured as {@link ThroughputBenchmarkIT} does the directory, by failsafe in the benchmark profile only:
 * {@code ./mvnw -B verify -pl web -am -Pbenchmark}, or this run alone with {@code -Dit.test=KnowledgeBaseBenchmarkIT}.
 * The table goes to {@code web/target/benchmark-kb.txt} and the end of {@code web/target/benchmark.txt}. It asserts no
 * times, only that every address answers 200 before the load. See docs/developer-guide.md.
 */
@Tag("benchmark")
class KnowledgeBaseBenchmarkIT {

    private static final List<String> ABOUT = List.of(
            "Addresses: a page in English and one in French, always the same (kept for visitors after the first "
                    + "rendering); a page at random among all of them on each request (kept too once asked, while "
                    + "the kept renderings, 32 MB at most, hold them: see the note under each block); a search for "
                    + "two random words of the wiki, a different query on each request (so never a kept one), as a "
                    + "page and through the API; the wiki's home and its recent changes; the search page again one request at a time (what one person waits "
                    + "for on an unloaded platform)",
            "Targets of the knowledge base's issue, for the reader (not checked here): a page view at least half of "
                    + "/q/health/live's req/s, its p99 under 50 ms, the same at 10,000 pages as at 1,000 within "
                    + "20%; a search's median under 20 ms");

    @Test
    void throughputOfTheKnowledgeBase() throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        ThroughputReport report = ThroughputReport.begin(settings, ThroughputReport.KNOWLEDGE_BASE,
                "benchmark-kb.txt", ABOUT);
        try (BenchmarkDatabase database = BenchmarkDatabase.start()) {
            for (int pages : settings.kbSizes()) {
                RandomPages randomPages = new RandomPages(new GeneratedWiki(pages));
                DatasetResult result = new DatasetRun(settings, database, new KnowledgeBaseDataset(pages))
                        .run(ThroughputBenchmarkIT.HEALTH, addresses(randomPages));
                report.add(result.withNote(randomPages.note()));
            }
        } finally {
            report.finish();
        }
    }

    /** A new list for each dataset: the random pages are drawn among its own, the searches start afresh. */
    private static List<Target> addresses(RandomPages randomPages) {
        return List.of(
                Target.page("/kb/" + GeneratedWiki.path(0)),
                Target.page("/kb/" + GeneratedWiki.path(1), "fr"),
                Target.page("/kb").varying(RandomPages.LABEL, randomPages),
                searches(Target.page("/kb/search"), "/kb/search?q=", "", 2),
                searches(Target.document("/api/v1/pages"), "/api/v1/pages?q=", "&size=20", 3),
                searches(Target.page("/kb/search"), "/kb/search?q=", "", 4).oneAtATime(),
                Target.page("/kb"),
                Target.page("/kb/changes"));
    }

    private static Target searches(Target kind, String before, String after, long seed) {
        Supplier<String> queries = GeneratedWiki.searchQueries(seed);
        return kind.varying(before + "{two random words}" + after, () -> before + queries.get() + after);
    }

    /**
     * A page of the wiki at random on each request, counting the different pages asked: only a page asked before can
     * be answered from a kept rendering, so the note tells how much of the row the platform's rendering is.
     */
    private static final class RandomPages implements Supplier<String> {

        static final String LABEL = "/kb/bench/{en|fr}/page-{n} (any of the wiki's pages)";

        private final GeneratedWiki wiki;
        private final Random random = new Random(1);
        private final Set<String> asked = ConcurrentHashMap.newKeySet();
        private final LongAdder requests = new LongAdder();

        RandomPages(GeneratedWiki wiki) {
            this.wiki = wiki;
        }

        @Override
        public String get() {
            String address = wiki.randomAddress(random);
            requests.increment();
            asked.add(address);
            return address;
        }

        String note() {
            long total = requests.sum();
            return String.format(Locale.ROOT, "%s: %d requests in the run (warm-ups included) asked %d different "
                    + "pages of %d, so at most %.0f%% of them could be answered from a kept rendering (fewer where "
                    + "the kept renderings could not hold all the pages asked)", LABEL, total, asked.size(),
                    wiki.size(), total == 0 ? 0 : 100.0 * (total - asked.size()) / total);
        }
    }
}
