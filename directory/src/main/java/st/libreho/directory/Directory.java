package st.libreho.directory;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import st.libreho.directory.internal.people.People;

/**
 * The directory's public facade: people and the organisations they act for. Other modules call this, never the
 * directory's entities or tables.
 */
@ApplicationScoped
public class Directory {

    private final People people;

    public Directory(People people) {
        this.people = people;
    }

    /**
     * Records a person on their first sign-in or API call, and refreshes what the provider says of them afterwards.
     */
    @Transactional
    public PersonView recordSignIn(SignInClaims claims) {
        return people.record(claims);
    }

    /** The person with this provider subject, if they have ever signed in. */
    @Transactional
    public Optional<PersonView> personBySubject(String subject) {
        return people.bySubject(subject);
    }

    /** The organisations this person acts for. Empty until the person is added to a delegation. */
    @Transactional
    public List<OrganisationMembership> organisationsOf(long personId) {
        // organisations and delegations arrive with the directory issue; nobody belongs to one yet
        return List.of();
    }
}
