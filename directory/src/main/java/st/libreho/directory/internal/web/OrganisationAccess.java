package st.libreho.directory.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationProfile;
import st.libreho.platform.Actor;
import st.libreho.platform.web.Identities;

/**
 * What every member page needs first: the organisation (or a 404 page), who is asking, and whether they may manage
 * it. The editing pages check here before showing a form; the directory checks again on every change, and its
 * answer is the one that counts.
 */
@RequestScoped
public class OrganisationAccess {

    private final Directory directory;
    private final SecurityIdentity identity;

    public OrganisationAccess(Directory directory, SecurityIdentity identity) {
        this.directory = directory;
        this.identity = identity;
    }

    public Actor actor() {
        return Identities.actorOf(identity);
    }

    /** The organisation's public profile; an unknown slug is the friendly 404 page. */
    public OrganisationProfile profile(String slug) {
        return directory.profile(slug).orElseThrow(() -> new NotFoundException("No organisation " + slug));
    }

    public boolean canManage(String slug) {
        return directory.canManage(actor(), slug);
    }

    /** The profile of an organisation this person manages; anyone else gets the 403 page. */
    public OrganisationProfile manageable(String slug) {
        OrganisationProfile profile = profile(slug);
        if (!canManage(slug)) {
            throw new ForbiddenException("Only a delegate of this organisation or an operator may manage it.");
        }
        return profile;
    }
}
