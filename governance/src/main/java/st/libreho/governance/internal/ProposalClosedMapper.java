package st.libreho.governance.internal;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.core.http.HttpServerRequest;
import st.libreho.governance.ProposalClosedException;
import st.libreho.platform.web.errors.ErrorResponses;

/** A change to a closed proposal is a conflict with its state, for the API and the pages alike. */
public class ProposalClosedMapper {

    private final ErrorResponses responses;

    public ProposalClosedMapper(ErrorResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response closed(ProposalClosedException exception, HttpServerRequest request) {
        return responses.respond(request, 409, "Conflict", exception.getMessage(), null, List.of());
    }
}
