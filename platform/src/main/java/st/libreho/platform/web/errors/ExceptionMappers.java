package st.libreho.platform.web.errors;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;
import st.libreho.platform.ConcurrentChangeException;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.TooSoonException;

/**
 * Every error the REST layer can raise, answered the same way everywhere. Authentication failures are left to the
 * OIDC mechanism, which redirects people to sign in and answers 401 to API clients.
 */
public class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class);

    private final ErrorResponses responses;

    public ExceptionMappers(ErrorResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, HttpServerRequest request,
            ResourceInfo resource, UriInfo uri) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(exception, request);
        }
        if (exception.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, request);
        }
        if (exception.getCause() != null && !(exception.getCause() instanceof WebApplicationException)
                && (status == 404 || status == 400)) {
            // a parameter that did not convert to its declared type: JAX-RS says 404, but the request is at fault
            Optional<String> parameter = UnreadableParameters.first(resource.getResourceMethod(), uri);
            if (parameter.isPresent()) {
                return unreadableParameter(request, parameter.get());
            }
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return responses.respond(request, status, title, clientMessage(exception, status), null, List.of());
    }

    private Response unreadableParameter(HttpServerRequest request, String parameter) {
        String message = "is not a value this parameter takes";
        return responses.respond(request, 400, "Bad Request", "The parameter " + parameter + " " + message + ".",
                null, List.of(new Problem.FieldError(parameter, message)));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, HttpServerRequest request) {
        return responses.respond(request, 403, "Forbidden", "You may not do this.", null, List.of());
    }

    /** Quarkus raises its own subclass for invalid parameters and bodies; it must read like any other violation. */
    @ServerExceptionMapper
    public Response invalidInput(ResteasyReactiveViolationException exception, HttpServerRequest request) {
        boolean ourFault = exception.getConstraintViolations().stream()
                .anyMatch(violation -> java.util.stream.StreamSupport
                        .stream(violation.getPropertyPath().spliterator(), false)
                        .anyMatch(node -> node.getKind() == ElementKind.RETURN_VALUE));
        if (ourFault) {
            return unexpected(exception, request);
        }
        return invalid(exception, request);
    }

    /** Quarkus has its own, differently shaped answer for this subclass; ours must win. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException exception, HttpServerRequest request) {
        return unreadableJson(exception, request);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException exception, HttpServerRequest request) {
        // a syntax error is the body's, wherever the parser was
        String field = exception instanceof JsonMappingException mapping && !(exception instanceof JsonParseException)
                ? fieldOf(mapping)
                : "";
        String message = "has the wrong type or shape";
        if (exception instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        } else if (exception instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            message = exception.getOriginalMessage();
        }
        if (field.isEmpty()) {
            // the body as a whole is at fault: it is named as the field, so that every 400 lists what is wrong
            field = "body";
            message = "is not valid JSON: " + exception.getOriginalMessage();
        }
        String detail = field + " " + message + ".";
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(field, message));
        return responses.respond(request, 400, "Bad Request", detail, null, errors);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException exception, HttpServerRequest request) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(error -> error.field() + ": " + error.message())
                .reduce((a, b) -> a + "; " + b).orElse("The request is not valid.");
        return responses.respond(request, 400, "Bad Request", detail, null, errors);
    }

    @ServerExceptionMapper
    public Response invalidEntry(InvalidInputException exception, HttpServerRequest request) {
        List<Problem.FieldError> errors = exception.problems().stream()
                .map(problem -> new Problem.FieldError(problem.field(), problem.message())).toList();
        return responses.respond(request, 400, "Bad Request", exception.getMessage(), null, errors);
    }

    @ServerExceptionMapper
    public Response concurrentChange(ConcurrentChangeException exception, HttpServerRequest request) {
        return responses.respond(request, 409, "Conflict", exception.getMessage(), null, List.of(),
                exception.current());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException exception, HttpServerRequest request) {
        return responses.respond(request, 404, "Not Found", exception.getMessage(), null, List.of());
    }

    /** 429 with Retry-After in seconds, so that a client knows when to ask again. */
    @ServerExceptionMapper
    public Response tooSoon(TooSoonException exception, HttpServerRequest request) {
        long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(), exception.retryAt())
                .toSeconds());
        Response response = responses.respond(request, 429, "Too Many Requests", exception.getMessage(), null,
                List.of());
        return Response.fromResponse(response).header("Retry-After", seconds).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, HttpServerRequest request) {
        if (causedBy(exception, OptimisticLockException.class)
                || causedBy(exception, org.hibernate.StaleStateException.class)
                || causedBy(exception, org.hibernate.exception.ConstraintViolationException.class)) {
            // two saves crossed at commit (same entry, or the same new address or slug): the later one was rolled
            // back, nothing was lost
            return responses.respond(request, 409, "Conflict", "Someone else saved a change at the same moment. "
                    + "Nothing of yours was saved: reload and apply your change again.", null, List.of());
        }
        if (poolExhausted(exception)) {
            // more requests at once than database connections for longer than the pool waits: the platform is
            // overloaded, not broken; the client may try again in a moment
            LOG.warnf("No database connection free in time for %s %s: answered 503", request.method(),
                    request.path());
            Response busy = responses.respond(request, 503, "Service Unavailable", "The platform is busy. Nothing "
                    + "was changed: try again in a moment.", null, List.of());
            return Response.fromResponse(busy).header("Retry-After", "1").build();
        }
        String reference = UUID.randomUUID().toString();
        // the reference ties the page the person sees to this log line; the stack trace stays in the log
        LOG.errorf(exception, "Unexpected error %s on %s %s", reference, request.method(), request.path());
        return responses.respond(request, 500, "Internal Server Error",
                "The server could not answer this request. Reference: " + reference, reference, List.of());
    }

    /** Our own messages are written for the person; a bare framework message says only the status. */
    private static String clientMessage(WebApplicationException exception, int status) {
        String message = exception.getMessage();
        if (message == null || message.startsWith("HTTP " + status)) {
            Response.Status known = Response.Status.fromStatusCode(status);
            return known == null ? "The request failed." : known.getReasonPhrase() + ".";
        }
        return message;
    }

    /** Agroal's pool gave no connection within its acquisition timeout (a plain SQLException, known by its text). */
    static boolean poolExhausted(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException && cause.getMessage() != null
                    && cause.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String fieldOf(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
    }

    /** "update.arg0.name" becomes "name": the client knows its fields, not our method parameters. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }
}
