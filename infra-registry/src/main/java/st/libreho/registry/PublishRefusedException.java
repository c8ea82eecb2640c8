package st.libreho.registry;

import java.util.List;

/**
 * Publishing was refused: a secret in a file, a lint error, a licence that is not free, a file that cannot be part
 * of a version. Nothing was stored. The findings never hold a secret's value, only its masked start.
 */
public class PublishRefusedException extends RuntimeException {

    private final transient List<Finding> findings;

    public PublishRefusedException(List<Finding> findings) {
        super("Publishing was refused: " + findings.size() + " finding(s), the first: "
                + (findings.isEmpty() ? "none" : findings.get(0).rule()));
        this.findings = List.copyOf(findings);
    }

    /** Every finding: the blocking ones and the warnings. */
    public List<Finding> findings() {
        return findings;
    }
}
