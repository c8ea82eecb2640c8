package st.libreho.registry;

import java.util.List;

/**
 * What publishing a version gave (or, for a dry run, would give).
 *
 * @param version the version's canonical number
 * @param contentHash {@code sha256:} and the hex digest over the sorted paths and contents
 * @param variables the manifest published (given, or proposed from the files)
 * @param warnings what the checks found that does not block
 * @param stored false for a dry run
 */
public record PublishResult(String version, String contentHash, List<Variable> variables, List<Finding> warnings,
        boolean stored) {
}
