package st.libreho.governance.internal.care;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.core.http.HttpServerRequest;
import st.libreho.governance.CareTeamNamedException;
import st.libreho.platform.web.errors.ErrorResponses;

/** Naming a care team over a named one conflicts with the team's state: only a decision changes it. */
public class CareTeamNamedMapper {

    private final ErrorResponses responses;

    public CareTeamNamedMapper(ErrorResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response named(CareTeamNamedException exception, HttpServerRequest request) {
        return responses.respond(request, 409, "Conflict", exception.getMessage(), null, List.of());
    }
}
