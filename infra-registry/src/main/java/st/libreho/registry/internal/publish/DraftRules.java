package st.libreho.registry.internal.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

import st.libreho.directory.LicenceVerdict;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;
import st.libreho.registry.ConfigurationDraft;

/**
 * What a configuration's details must be, checked before anything is written; each problem names its field as the
 * API and the form call it ({@code software.licence}, {@code tags}).
 */
public final class DraftRules {

    public static final int MAX_SLUG = 64;
    public static final int MAX_TITLE = 200;
    public static final int MAX_SOFTWARE_NAME = 100;
    public static final int MAX_URL = 500;
    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG = 40;
    public static final int MAX_README = 200_000;
    public static final int MAX_CHANGELOG = 20_000;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");
    private static final Pattern TAG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    private DraftRules() {
    }

    /** The draft with its tags normalised (trimmed, lower-case, each once, sorted), or every problem at once. */
    public static ConfigurationDraft checked(ConfigurationDraft draft, LicenceVerdict licence) {
        List<FieldProblem> problems = new ArrayList<>();
        slug("slug", draft.slug(), problems);
        required("owner", draft.owner(), MAX_SLUG, problems);
        required("title", draft.title(), MAX_TITLE, problems);
        if (draft.software() == null) {
            problems.add(problem("software", "required", "is required: name, source URL and licence"));
        } else {
            required("software.name", draft.software().name(), MAX_SOFTWARE_NAME, problems);
            sourceUrl(draft.software().sourceUrl(), problems);
            licence(draft.software().licence(), licence, problems);
        }
        if (draft.format() == null) {
            problems.add(problem("format", "required", "is required: one of DOCKER_COMPOSE, ANSIBLE, NGINX, "
                    + "HELM, NIX, SHELL, OTHER"));
        }
        if (draft.status() == null) {
            problems.add(problem("status", "required", "is required: EXPERIMENTAL, PRODUCTION or DEPRECATED"));
        }
        List<String> tags = tags(draft.tags(), problems);
        if (draft.readme() != null && draft.readme().length() > MAX_README) {
            problems.add(problem("readme", "max_length", "must be at most {0} characters", MAX_README));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ConfigurationDraft(draft.owner().strip(), draft.slug(), draft.title().strip(), draft.software(),
                draft.format(), tags, draft.status(), draft.readme() == null ? "" : draft.readme());
    }

    /** A problem whose English message quotes its arguments, which pages quote in the reader's language. */
    static FieldProblem problem(String field, String code, String template, Object... arguments) {
        Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
        return FieldProblem.of(field, code, MessageFormat.format(template.replace("'", "''"), texts), texts);
    }

    static void slug(String field, String slug, List<FieldProblem> problems) {
        if (slug == null || slug.isBlank()) {
            problems.add(problem(field, "required", "is required"));
        } else if (!SLUG.matcher(slug).matches()) {
            problems.add(problem(field, "slug", "must be lower-case letters, digits and hyphens, at most {0}, "
                    + "starting and ending with a letter or digit", MAX_SLUG));
        }
    }

    private static void required(String field, String value, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(problem(field, "required", "is required"));
        } else if (value.strip().length() > max) {
            problems.add(problem(field, "max_length", "must be at most {0} characters", max));
        }
    }

    private static void sourceUrl(String url, List<FieldProblem> problems) {
        required("software.sourceUrl", url, MAX_URL, problems);
        if (url == null || url.isBlank() || url.length() > MAX_URL) {
            return;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                problems.add(problem("software.sourceUrl", "url", "must be an http or https address"));
            }
        } catch (URISyntaxException e) {
            problems.add(problem("software.sourceUrl", "url", "must be an http or https address"));
        }
    }

    private static void licence(String expression, LicenceVerdict verdict, List<FieldProblem> problems) {
        if (expression == null || expression.isBlank()) {
            problems.add(problem("software.licence", "required", "is required: an SPDX expression such as "
                    + "AGPL-3.0-or-later"));
        } else if (!verdict.valid()) {
            problems.add(problem("software.licence", "spdx", "must be a valid SPDX licence expression: {0}",
                    verdict.reason()));
        } else if (!verdict.free()) {
            problems.add(problem("software.licence", "not_free", "must be free software (FSF libre or OSI "
                    + "approved): {0}", verdict.reason()));
        }
    }

    private static List<String> tags(List<String> tags, List<FieldProblem> problems) {
        TreeSet<String> normalised = new TreeSet<>();
        for (String tag : tags == null ? List.<String> of() : tags) {
            String one = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (one.isEmpty()) {
                continue;
            }
            if (!TAG.matcher(one).matches()) {
                problems.add(problem("tags", "tag", "must be lower-case words of letters, digits and hyphens, "
                        + "at most {0} characters each: {1}", MAX_TAG, one.length() > 60 ? one.substring(0, 60) : one));
                return List.of();
            }
            normalised.add(one);
        }
        if (normalised.size() > MAX_TAGS) {
            problems.add(problem("tags", "too_many", "must be at most {0}", MAX_TAGS));
        }
        return List.copyOf(normalised);
    }
}
