package st.libreho.directory;

import java.util.List;

/**
 * What a service said of itself through NodeInfo. Every field but {@code schemaVersion} may be null when the document
 * left it out.
 */
public record NodeInfoFacts(String schemaVersion, String softwareName, String softwareVersion,
        List<String> protocols, Boolean openRegistrations, Long usersTotal, Long usersActiveMonth, String nodeName) {

    public NodeInfoFacts {
        protocols = protocols == null ? List.of() : List.copyOf(protocols);
    }
}
