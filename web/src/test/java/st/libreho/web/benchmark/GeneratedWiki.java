package st.libreho.web.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The knowledge-base benchmark's wiki, generated the same every time: pages {@code bench/en/page-1},
 * {@code bench/fr/page-1}, {@code bench/en/page-2}... half in English, half in French, each about 5 KB of Markdown
 * with headings, a list, a table and 5 to 10 wiki links to other pages of the wiki, one of them to its translation.
 * <p>
 * Each page's text is drawn from 20 topic words of its language's 100 (French ones with their accents, as in
 * "sécurité" or "hébergement"), between words that search ignores: a word is on about a fifth of its language's pages,
 * so that a search for two words finds about one page in 25 (some 20 among 1,000 pages, 200 among 10,000), as a real
 * wiki's search finds more pages when it holds more.
 *
 * @param size how many pages: the first of them {@code bench/en/page-1}, the second {@code bench/fr/page-1}
 */
record GeneratedWiki(int size) {

    /** About how long each page's Markdown is, in bytes of UTF-8. */
    static final int PAGE_BYTES = 5 * 1024;
    static final int MIN_LINKS = 5;
    static final int MAX_LINKS = 10;
    private static final int TOPIC_WORDS = 20;

    private static final List<String> ENGLISH = List.of("hosting", "server", "backup", "security", "privacy",
            "network", "storage", "mailbox", "calendar", "account", "member", "cooperative", "federation", "software",
            "licence", "update", "monitoring", "certificate", "domain", "database", "password", "encryption",
            "migration", "replica", "cluster", "container", "volume", "snapshot", "bandwidth", "latency", "uptime",
            "incident", "outage", "maintenance", "upgrade", "configuration", "deployment", "firewall", "proxy",
            "gateway", "resolver", "mirror", "archive", "export", "quota", "invoice", "donation", "charter",
            "governance", "assembly", "vote", "proposal", "decision", "volunteer", "training", "workshop",
            "documentation", "tutorial", "guide", "support", "ticket", "feedback", "community", "forum", "chat",
            "video", "conference", "contact", "directory", "search", "index", "cache", "queue", "scheduler", "memory",
            "processor", "disk", "partition", "filesystem", "kernel", "package", "repository", "release", "patch",
            "vulnerability", "audit", "compliance", "retention", "consent", "transparency", "neutrality",
            "sustainability", "energy", "router", "solidarity", "decentralisation", "interoperability",
            "accessibility", "reliability", "confidentiality");

    private static final List<String> FRENCH = List.of("hébergement", "sécurité", "sauvegarde", "réseau", "stockage",
            "messagerie", "agenda", "compte", "adhérent", "coopérative", "fédération", "logiciel", "licence",
            "supervision", "certificat", "domaine", "données", "chiffrement", "migration", "réplique", "grappe",
            "conteneur", "volume", "instantané", "débit", "latence", "disponibilité", "incident", "panne",
            "maintenance", "configuration", "déploiement", "passerelle", "résolveur", "miroir", "archive",
            "exportation", "quota", "facture", "charte", "gouvernance", "assemblée", "scrutin", "proposition",
            "décision", "bénévole", "formation", "atelier", "documentation", "tutoriel", "guide", "entraide", "ticket",
            "retour", "communauté", "forum", "discussion", "vidéo", "conférence", "contact", "adresse", "annuaire",
            "recherche", "index", "mémoire", "processeur", "disque", "partition", "noyau", "paquet", "dépôt",
            "publication", "correctif", "vulnérabilité", "audit", "conformité", "conservation", "consentement",
            "transparence", "neutralité", "durabilité", "énergie", "électricité", "câble", "routeur", "commutateur",
            "antenne", "hébergeur", "éthique", "solidarité", "décentralisation", "interopérabilité", "accessibilité",
            "fiabilité", "sobriété", "confidentialité", "équipe", "réunion", "tableur", "utilisateur");

    /** Words between the topic words: stop words, which the search's configurations leave out of the index. */
    private static final List<String> ENGLISH_FILLER = List.of("the", "of", "and", "to", "with", "for", "on", "in",
            "by", "a", "each", "our", "their", "this", "that", "when", "before", "after", "is", "are");
    private static final List<String> FRENCH_FILLER = List.of("le", "la", "les", "des", "de", "du", "et", "pour",
            "avec", "sur", "dans", "un", "une", "est", "sont", "notre", "leur", "ce", "cette", "au");

    private static final List<String> AUTHORS = List.of("Alice Martin", "Bruno Lefèvre", "Chloé Dubois",
            "David Smith", "Émilie Rousseau", "Farid Benali");

    /**
     * One page of the wiki.
     *
     * @param path its normalised path, e.g. {@code bench/fr/page-12}
     * @param title its title
     * @param language {@code en} or {@code fr}
     * @param author the name of its first revision's author
     * @param markdown its text
     * @param links the paths its wiki links lead to, each once, all pages of the wiki
     */
    record Page(String path, String title, String language, String author, String markdown, Set<String> links) {
    }

    GeneratedWiki {
        if (size < 2) {
            throw new IllegalArgumentException("The wiki needs at least one English and one French page");
        }
    }

    static String language(int index) {
        return index % 2 == 0 ? "en" : "fr";
    }

    /** The path of the page at this index (from 0): English and French pages in turn, numbered from 1. */
    static String path(int index) {
        return "bench/" + language(index) + "/page-" + (index / 2 + 1);
    }

    /** The page at this index (from 0), the same on every call. */
    Page page(int index) {
        Random random = new Random(index * 7_919L + 17);
        String language = language(index);
        boolean english = "en".equals(language);
        List<String> topic = topic(random, english ? ENGLISH : FRENCH);
        String title = english ? String.format(Locale.ROOT, "Page %d: %s and %s", index / 2 + 1,
                capitalised(topic.get(0)), topic.get(1))
                : String.format(Locale.ROOT, "Page %d : %s et %s", index / 2 + 1, capitalised(topic.get(0)),
                        topic.get(1));
        List<String> links = new ArrayList<>(linkTargets(index, random));
        Markdown text = new Markdown(random, topic, english ? ENGLISH_FILLER : FRENCH_FILLER, english, links);
        return new Page(path(index), title, language, AUTHORS.get(index % AUTHORS.size()), text.write(),
                new LinkedHashSet<>(links));
    }

    /** A page chosen at random among all of them, as an address of the site. */
    String randomAddress(Random random) {
        return "/kb/" + path(random.nextInt(size));
    }

    /**
     * Two different words of the wiki in one of its languages, URL-encoded, a different pair on every call as long as
     * there are pairs left (some 25,000): French words half the time without their accents ("securite"), as people
     * type them, which the search must find all the same.
     */
    static Supplier<String> searchQueries(long seed) {
        Random random = new Random(seed);
        Set<String> asked = ConcurrentHashMap.newKeySet();
        return () -> {
            String query = randomQuery(random);
            for (int tries = 0; tries < 100 && !asked.add(query); tries++) {
                query = randomQuery(random);
            }
            return URLEncoder.encode(query, StandardCharsets.UTF_8);
        };
    }

    static String withoutAccents(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String randomQuery(Random random) {
        boolean english = random.nextBoolean();
        List<String> words = english ? ENGLISH : FRENCH;
        int first = random.nextInt(words.size());
        int second = (first + 1 + random.nextInt(words.size() - 1)) % words.size();
        String query = words.get(first) + " " + words.get(second);
        return !english && random.nextBoolean() ? withoutAccents(query) : query;
    }

    private static List<String> topic(Random random, List<String> words) {
        List<String> shuffled = new ArrayList<>(words);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, TOPIC_WORDS));
    }

    /** Its translation first, then other pages, most of them in its own language. */
    private Set<String> linkTargets(int index, Random random) {
        int wanted = Math.min(size - 1, MIN_LINKS + random.nextInt(MAX_LINKS - MIN_LINKS + 1));
        Set<String> targets = new LinkedHashSet<>();
        int translation = index ^ 1;
        if (translation < size) {
            targets.add(path(translation));
        }
        while (targets.size() < wanted) {
            int other = random.nextInt(size);
            if (random.nextInt(5) > 0 && size > 3) {
                other = (other & ~1) | (index & 1); // the same language, where there is another page in it
                if (other >= size) {
                    continue;
                }
            }
            if (other != index) {
                targets.add(path(other));
            }
        }
        return targets;
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** One page's text, written section by section until it is about {@link #PAGE_BYTES} long. */
    private static final class Markdown {

        private final Random random;
        private final List<String> topic;
        private final List<String> filler;
        private final boolean english;
        private final List<String> links;
        private final StringBuilder text = new StringBuilder(PAGE_BYTES + 512);
        private int bytes;
        private int linksWritten;

        Markdown(Random random, List<String> topic, List<String> filler, boolean english, List<String> links) {
            this.random = random;
            this.topic = topic;
            this.filler = filler;
            this.english = english;
            this.links = links;
        }

        String write() {
            paragraph(3);
            heading();
            paragraph(5);
            list();
            heading();
            table();
            paragraph(4);
            int sections = 0;
            // room left for the links not written yet, in the last list
            while (bytes + 60 * (links.size() - linksWritten) + 250 < PAGE_BYTES) {
                if (sections++ % 2 == 0) {
                    heading();
                }
                paragraph(3 + random.nextInt(3));
            }
            if (linksWritten < links.size()) {
                append(english ? "## See also\n\n" : "## Voir aussi\n\n");
                while (linksWritten < links.size()) {
                    append("- " + link() + "\n");
                }
                append("\n");
            }
            return text.toString().stripTrailing() + "\n";
        }

        private void paragraph(int sentences) {
            StringBuilder paragraph = new StringBuilder();
            for (int i = 0; i < sentences; i++) {
                paragraph.append(i == 0 ? "" : " ").append(sentence(8 + random.nextInt(7)));
            }
            if (linksWritten < links.size()) {
                paragraph.append(english ? " See " : " Voir ").append(link()).append('.');
            }
            append(paragraph + "\n\n");
        }

        private void list() {
            int items = 4 + random.nextInt(3);
            for (int i = 0; i < items; i++) {
                String item = sentence(4 + random.nextInt(4));
                if (i % 2 == 1 && linksWritten < links.size()) {
                    item = item.substring(0, item.length() - 1) + ": " + link();
                }
                append("- " + item + "\n");
            }
            append("\n");
        }

        private void table() {
            append(english ? "| Item | Status | Count |\n" : "| Élément | État | Nombre |\n");
            append("| --- | --- | ---: |\n");
            for (int row = 0; row < 4; row++) {
                append("| " + capitalised(word()) + " | " + word() + " | " + random.nextInt(1000) + " |\n");
            }
            append("\n");
        }

        private void heading() {
            append("## " + capitalised(word()) + " " + filler.get(random.nextInt(filler.size())) + " " + word()
                    + "\n\n");
        }

        /** The next link: as its path alone, or every other one with a label, both as wiki links write them. */
        private String link() {
            String target = links.get(linksWritten++);
            return linksWritten % 2 == 0 ? "[[" + target + "]]"
                    : "[[" + target + "|" + capitalised(word()) + " " + word() + "]]";
        }

        private String sentence(int words) {
            StringBuilder sentence = new StringBuilder();
            for (int i = 0; i < words; i++) {
                String next = random.nextInt(3) == 0 ? filler.get(random.nextInt(filler.size())) : word();
                sentence.append(i == 0 ? capitalised(next) : " " + next);
            }
            return sentence.append('.').toString();
        }

        private String word() {
            return topic.get(random.nextInt(topic.size()));
        }

        private void append(String piece) {
            text.append(piece);
            bytes += piece.getBytes(StandardCharsets.UTF_8).length;
        }
    }
}
