package st.libreho.kb.internal.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import st.libreho.directory.Directory;
import st.libreho.kb.Visibility;
import st.libreho.platform.Actor;

/**
 * Who reads and who writes the wiki, and the one rule every query of it keeps to (ADR 0011).
 * <p>
 * A public page, anyone reads; a members-only page, members of the network and operators, and for anyone else it
 * does not exist (the same "not found" as a page never written, no entry in any list). Someone who is not a member
 * sees only the revisions that were public when saved. Members and operators write.
 */
@ApplicationScoped
public class Readers {

    private final Directory directory;

    public Readers(Directory directory) {
        this.directory = directory;
    }

    /** Members of the network (a person in a member organisation's delegation) and operators. */
    public boolean isMember(Actor actor) {
        return actor != null && (actor.operator() || directory.rolesOf(actor).contains(Directory.MEMBER_ROLE));
    }

    /** Refuses anyone but members and operators, before anything is read for a change. */
    void requireEditor(Actor actor) {
        if (actor == null) {
            throw new UnauthorizedException("Sign in first.");
        }
        if (!isMember(actor)) {
            throw new ForbiddenException("Only a member of the network may change the knowledge base.");
        }
    }

    static boolean readable(PageEntity page, boolean member) {
        return member || page.visibility == Visibility.PUBLIC;
    }

    static boolean readable(RevisionEntity revision, boolean member) {
        return member || revision.visibility == Visibility.PUBLIC;
    }

    /**
     * The condition of a JPQL query that keeps to what the reader sees of the page or revision named {@code alias}:
     * one form for members and others alike, whose two parameters {@link #visible} always binds, so that no query
     * can leave half of the rule out (and show members' pages) or miss a parameter (and fail).
     */
    static String visibleTo(String alias) {
        return "(:member = true or " + alias + ".visibility = :public)";
    }

    /** The query with the parameters of {@link #visibleTo}: whether the reader is a member. */
    static <T> TypedQuery<T> visible(TypedQuery<T> query, boolean member) {
        return query.setParameter("member", member).setParameter("public", Visibility.PUBLIC);
    }
}
