package st.libreho.governance.internal.web.notices;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import st.libreho.governance.Governance;
import st.libreho.governance.NoticeChoicesView;
import st.libreho.governance.NoticeTopic;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.web.Identities;

/**
 * Which e-mail notices an organisation receives, as JSON: {@code {"NEW_APPLICATION": true, "OUTCOME": false, ...}}.
 * For its delegates and operators (403 for anyone else, 401 without a token).
 */
@Path("/api/v1/organisations/{slug}/notices")
@Tag(name = "Governance")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class NoticesResource {

    private final Governance governance;
    private final SecurityIdentity identity;

    public NoticesResource(Governance governance, SecurityIdentity identity) {
        this.governance = governance;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "An organisation's e-mail notices", description = "Every topic (NEW_APPLICATION, "
            + "AGENDA_PUBLISHED, PROPOSAL_OPENED, CLOSING_SOON, OUTCOME, DELEGATION_CHANGED) and whether the "
            + "organisation's delegation and contact addresses receive it. Every topic is on until turned off. For the "
            + "organisation's delegates and operators.")
    public Map<String, Boolean> choices(@PathParam("slug") String slug) {
        return json(governance.noticeChoices(slug, Identities.actorOf(identity)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose an organisation's e-mail notices", description = "Turns topics on (true) or off "
            + "(false); topics left out stay as they are. Answers with every topic, as GET does.")
    public Map<String, Boolean> choose(@PathParam("slug") String slug, Map<String, Boolean> body) {
        Map<NoticeTopic, Boolean> chosen = new EnumMap<>(NoticeTopic.class);
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null) {
            throw InvalidInputException.of("body", "required", "an object of topics and true or false is required");
        }
        String topics = Arrays.stream(NoticeTopic.values()).map(Enum::name).collect(Collectors.joining(", "));
        body.forEach((name, enabled) -> {
            NoticeTopic topic = Arrays.stream(NoticeTopic.values()).filter(t -> t.name().equals(name)).findFirst()
                    .orElse(null);
            if (topic == null) {
                problems.add(FieldProblem.of(name, "unknown_topic", "not a topic: one of " + topics, name));
            } else if (enabled == null) {
                problems.add(FieldProblem.of(name, "required", "must be true or false"));
            } else {
                chosen.put(topic, enabled);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return json(governance.chooseNotices(slug, chosen, Identities.actorOf(identity)));
    }

    private static Map<String, Boolean> json(NoticeChoicesView choices) {
        Map<String, Boolean> topics = new LinkedHashMap<>();
        choices.topics().forEach((topic, on) -> topics.put(topic.name(), on));
        return topics;
    }
}
