package st.libreho.kb;

import io.quarkus.security.ForbiddenException;

/**
 * A change refused because the page is a charter page governed by the network (the CPP): nobody saves, reverts or
 * moves it or attaches files to it; members propose revisions, and one becomes current when the network adopts it.
 * Its message says so, for the person who tried; the knowledge base's pages and API show it, where other refusals
 * only say "you may not do this".
 */
public class GovernedPageException extends ForbiddenException {

    private static final long serialVersionUID = 1L;

    private final String path;

    /** @param what what was refused, as it reads after "cannot be": "saved", "moved"... */
    public GovernedPageException(String path, String what) {
        super("The page " + path + " is a charter page governed by the network: it cannot be " + what
                + " directly. Propose a revision; it becomes current when the network adopts it by a charter-change "
                + "decision.");
        this.path = path;
    }

    /** The governed page's path. */
    public String path() {
        return path;
    }
}
