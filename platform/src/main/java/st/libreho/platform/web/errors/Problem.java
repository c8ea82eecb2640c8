package st.libreho.platform.web.errors;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

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

    /** A field of the request and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
