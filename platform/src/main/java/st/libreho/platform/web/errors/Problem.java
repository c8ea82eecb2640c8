package st.libreho.platform.web.errors;

import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

import st.libreho.platform.InvalidInputException;

/**
 * An RFC 9457 problem detail, the body of every API error.
 *
 * @param errors one entry per invalid field, when the request failed validation
 * @param current on a conflict, the state someone else saved meanwhile, so the client can show it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, Object current) {

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * The 422 an API answers when it promises one for bad input (the knowledge base's and the registry's), each
     * field named; the platform's default for the directory's older API is a 400.
     */
    public static Response unprocessable(InvalidInputException exception, String instance) {
        List<FieldError> errors = exception.problems().stream()
                .map(problem -> new FieldError(problem.field(), problem.message())).toList();
        return Response.status(422).type(MEDIA_TYPE)
                .entity(new Problem("about:blank", "Unprocessable Content", 422, exception.getMessage(), instance,
                        errors))
                .build();
    }

    /** A field of the request and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
