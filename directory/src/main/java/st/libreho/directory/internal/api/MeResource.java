package st.libreho.directory.internal.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationMembership;
import st.libreho.directory.PersonView;
import st.libreho.platform.web.Identities;

@Path("/api/v1/me")
@Tag(name = "People")
@Authenticated
public class MeResource {

    /** The signed-in person as the API shows them. */
    public record Me(String subject, String displayName, String email, boolean emailVerified,
            String preferredLanguage, List<String> roles, List<OrganisationMembership> organisations) {
    }

    private final Directory directory;
    private final SecurityIdentity identity;

    public MeResource(Directory directory, SecurityIdentity identity) {
        this.directory = directory;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in person", description = "Who the bearer of the token is, their platform "
            + "roles and the organisations they act for.")
    public Me me() {
        PersonView person = directory.personBySubject(identity.getPrincipal().getName())
                .orElseThrow(() -> new NotFoundException("This person has not been recorded yet"));
        return new Me(person.subject(), person.displayName(), person.email(), person.emailVerified(),
                person.preferredLanguage(), identity.getRoles().stream().sorted().toList(),
                directory.organisationsOf(Identities.actorOf(identity)));
    }
}
