package st.libreho.web.pages;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationMembership;
import st.libreho.directory.PersonView;
import st.libreho.platform.Actor;
import st.libreho.platform.SignInClaims;
import st.libreho.platform.web.Identities;

/** The signed-in person's own page, where signing in ({@code /login}, in the kit) leads. */
@Path("/")
@Authenticated
public class MePage {

    @CheckedTemplate(basePath = "web/MePage")
    static class Templates {
        static native TemplateInstance me(PersonView person, boolean operator,
                List<OrganisationMembership> organisations);
    }

    private final Directory directory;
    private final SecurityIdentity identity;

    public MePage(Directory directory, SecurityIdentity identity) {
        this.directory = directory;
        this.identity = identity;
    }

    @GET
    @Path("me")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance me() {
        // the augmentor records every signed-in person, but remembers it for a while: after a database restore the
        // row may be gone, so record it again from what the identity says
        Actor actor = Identities.actorOf(identity);
        PersonView person = directory.personBySubject(actor.subject()).orElseGet(() -> directory.recordSignIn(
                new SignInClaims(actor.subject(), actor.name(), actor.email(), actor.emailVerified(), null)));
        return Templates.me(person, actor.operator(), directory.organisationsOf(actor));
    }

}
