package st.libreho.directory.internal.observations;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import st.libreho.directory.NodeInfoDifference;
import st.libreho.directory.NodeInfoFacts;
import st.libreho.directory.Registration;

/**
 * Compares what a delegate declared of a service with what the service says of itself through NodeInfo, so that the
 * pages can point out a difference. A difference is information for the delegate and the readers, not a failure:
 * either side may be out of date.
 */
public final class NodeInfoComparison {

    private NodeInfoComparison() {
    }

    /**
     * The differences, in the order of {@link NodeInfoDifference}; empty when they agree or when NodeInfo is unknown.
     * <p>
     * <b>Software.</b> Names are compared by their letters and digits only, ignoring case, compatibility forms (e.g.
     * full-width letters), spaces, hyphens, underscores and punctuation ("Nextcloud" and "nextcloud", "Pixel Fed" and
     * "pixelfed", "diaspora*" and "diaspora" are the same). One name also matches the other when it is one of the
     * other's words or a run of its consecutive words: NodeInfo names the software a fork is compatible with or the
     * project behind it, and delegates write the fork or the full name, so "Mastodon (glitch-soc)" runs "mastodon" and
     * "Synapse" is "matrix-synapse"; but "Matrix Dendrite" is not "matrix-synapse", nor "Pixel" "pixelfed". Nothing is
     * said when either name is unknown or has no letter or digit.
     * <p>
     * <b>Registrations</b>, declared against NodeInfo's {@code openRegistrations}:
     * <table>
     * <caption>When registrations differ</caption>
     * <tr><th>declared</th><th>true</th><th>false</th></tr>
     * <tr><td>OPEN</td><td>agree</td><td>differ</td></tr>
     * <tr><td>ON_REQUEST</td><td>agree</td><td>agree</td></tr>
     * <tr><td>MEMBERS_ONLY</td><td>differ</td><td>agree</td></tr>
     * <tr><td>CLOSED</td><td>differ</td><td>agree</td></tr>
     * </table>
     * ON_REQUEST agrees with both: some software says false when accounts need approval, while Mastodon says true in
     * its "approval required" mode since anyone may ask. Nothing is said when either side is unknown.
     *
     * @param declaredSoftwareName as the delegate wrote it; may be null
     * @param declaredRegistration may be null
     * @param observed what NodeInfo said; null when the service has no NodeInfo
     */
    public static List<NodeInfoDifference> compare(String declaredSoftwareName, Registration declaredRegistration,
            NodeInfoFacts observed) {
        List<NodeInfoDifference> differences = new ArrayList<>();
        if (observed == null) {
            return differences;
        }
        if (softwareDiffers(declaredSoftwareName, observed.softwareName())) {
            differences.add(NodeInfoDifference.SOFTWARE_DIFFERS);
        }
        if (registrationsDiffer(declaredRegistration, observed.openRegistrations())) {
            differences.add(NodeInfoDifference.REGISTRATIONS_DIFFER);
        }
        return List.copyOf(differences);
    }

    private static boolean softwareDiffers(String declared, String observed) {
        List<String> declaredWords = words(declared);
        List<String> observedWords = words(observed);
        if (declaredWords.isEmpty() || observedWords.isEmpty()) {
            return false;
        }
        return !containsRun(declaredWords, String.join("", observedWords))
                && !containsRun(observedWords, String.join("", declaredWords));
    }

    /** Lower-case runs of letters and digits, compatibility forms folded (e.g. full-width letters). */
    private static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        folded.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** Whether some run of consecutive words, joined, is the name (the whole list included). */
    private static boolean containsRun(List<String> words, String name) {
        for (int from = 0; from < words.size(); from++) {
            StringBuilder run = new StringBuilder();
            for (int to = from; to < words.size() && run.length() < name.length(); to++) {
                run.append(words.get(to));
                if (run.toString().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean registrationsDiffer(Registration declared, Boolean open) {
        if (declared == null || open == null) {
            return false;
        }
        return switch (declared) {
            case OPEN -> !open;
            case ON_REQUEST -> false;
            case MEMBERS_ONLY, CLOSED -> open;
        };
    }
}
