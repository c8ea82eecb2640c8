package st.libreho.governance.internal.meetings;

import static io.restassured.RestAssured.given;
import static st.libreho.directory.testing.DirectoryFixtures.entry;
import static st.libreho.directory.testing.DirectoryFixtures.member;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.restassured.specification.RequestSpecification;
import st.libreho.directory.Directory;
import st.libreho.governance.AgendaPublished;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.DevSignIn;

/**
 * People, organisations, proposals and moments for the meetings' tests. The dev sign-in's users are {@code member}
 * (in the delegation of a member organisation made here) and {@code person} (in none). The database is shared by
 * every test class of a run: slugs are unique, and each test's meetings sit at a random moment of their own, so that
 * no other meeting falls between two of them.
 */
@ApplicationScoped
public class MeetingFixtures {

    public static final Actor MEMBER = new Actor("member", "Mia Member", "member@example.com", true, false);
    public static final Actor PERSON = new Actor("person", "Pat Person", "person@example.com", true, false);

    /** The agendas published, as a mailer observing the event would see them. */
    private final List<AgendaPublished> published = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final DataSource dataSource;

    public MeetingFixtures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void agendaPublished(@Observes AgendaPublished event) {
        published.add(event);
    }

    List<AgendaPublished> published() {
        return published;
    }

    /** A member organisation whose delegation holds member@example.com; its slug. */
    static String memberOrganisation(Directory directory) {
        String slug = uniqueSlug("meet-member");
        member(directory, slug, entry("Meeting Member " + slug, "FR", "member@example.com", "fr"));
        return slug;
    }

    /** A random day between 1990 and 2020, for a meeting already held, at a random minute of the day's hours. */
    static LocalDateTime somePast() {
        return someMoment(1990, 30);
    }

    /** A random day between 2400 and 2900, for a meeting to come. */
    static LocalDateTime someFuture() {
        return someMoment(2400, 500);
    }

    /** Between 10:00 and 20:00: never in the hour that clocks skip in spring. */
    private static LocalDateTime someMoment(int fromYear, int years) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return LocalDateTime.of(fromYear, 1, 1, 10, 0).plusDays(random.nextLong(years * 365L))
                .plusMinutes(random.nextLong(600));
    }

    static RequestSpecification as(String user) {
        RequestSpecification request = given();
        return user == null ? request : request.auth().oauth2(DevSignIn.accessToken(user, "user"));
    }

    /**
     * A proposal row as the proposals' code writes one: open from {@code openedAt}, closed at {@code closedAt} (null:
     * still open). Its id.
     */
    long proposal(String kind, String title, Instant openedAt, Instant closesAt, Instant closedAt,
            String concerned) {
        String sql = """
                INSERT INTO governance.proposal (kind, title, state, outcome, opened_at, closes_at, closed_at,
                    opened_by, concerned, rule_mode, rule_quorum, rule_min_support, rule_appeal)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'Test', ?, 'ROUGH_CONSENSUS', 0.5, 2, 'P14D') RETURNING id
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, kind);
            insert.setString(2, title);
            insert.setString(3, closedAt == null ? "OPEN" : "CLOSED");
            insert.setString(4, closedAt == null ? null : "NOT_ADOPTED");
            insert.setTimestamp(5, Timestamp.from(openedAt));
            insert.setTimestamp(6, Timestamp.from(closesAt));
            insert.setTimestamp(7, closedAt == null ? null : Timestamp.from(closedAt));
            insert.setString(8, concerned);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An application to join, carried by a membership proposal open from {@code openedAt}; the proposal's id. */
    long application(String organisation, String name, Instant openedAt, Instant closesAt) {
        long proposal = proposal("MEMBERSHIP", "Membership of " + name, openedAt, closesAt, null, organisation);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO governance.application (organisation, organisation_name, proposal_id, submitted_by,
                            submitted_by_email, submitted_at) VALUES (?, ?, ?, 'Ann Applicant', 'ann@example.org', ?)
                        """)) {
            insert.setString(1, organisation);
            insert.setString(2, name);
            insert.setLong(3, proposal);
            insert.setTimestamp(4, Timestamp.from(openedAt));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return proposal;
    }

    static List<String> list(String... values) {
        return new ArrayList<>(List.of(values));
    }
}
