package st.libreho.registry.internal.checks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Names whose values are secrets ({@code DB_PASSWORD}, {@code clientSecret}, {@code ERLANG_COOKIE}): the scanner
 * checks what they are given, the extractor marks them secret. One definition, in the rules file, for both.
 *
 * <p>
 * Configurations repeat the same few names on thousands of lines, so answers are remembered (up to
 * {@link #REMEMBERED} names, so that a file of random names cannot fill the memory).
 */
final class SecretNames {

    private static final int REMEMBERED = 10_000;

    private final Pattern pattern;
    private final Pattern except;
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

    /**
     * @param pattern a name that looks secret
     * @param except a name that looks secret and is not ({@code WEB_PUSH_PUBLIC_KEY})
     */
    SecretNames(Pattern pattern, Pattern except) {
        this.pattern = pattern;
        this.except = except;
    }

    boolean test(String name) {
        Boolean known = answers.get(name);
        if (known != null) {
            return known;
        }
        boolean secret = pattern.matcher(name).find() && !except.matcher(name).find();
        if (answers.size() < REMEMBERED) {
            answers.put(name, secret);
        }
        return secret;
    }
}
