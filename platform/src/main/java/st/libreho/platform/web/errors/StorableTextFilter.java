package st.libreho.platform.web.errors;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.vertx.core.http.HttpServerRequest;
import st.libreho.platform.StorableText;
import st.libreho.platform.web.Bundles;
import st.libreho.platform.web.RequestLanguage;
import st.libreho.platform.web.UiMessages;

/**
 * Refuses, before any page or API resource of any module sees it, a request whose path, query or form holds text
 * that cannot be stored (see {@link StorableText}): a 400 that names the field, instead of a 500 from the database.
 * JSON bodies get the same rule from {@link StorableTextJson}.
 */
public class StorableTextFilter {

    private final ErrorResponses responses;
    private final RequestLanguage language;

    public StorableTextFilter(ErrorResponses responses, RequestLanguage language) {
        this.responses = responses;
        this.language = language;
    }

    @ServerRequestFilter
    @WithFormRead
    public Optional<Response> refuseUnstorableText(ResteasyReactiveContainerRequestContext context,
            HttpServerRequest request) {
        Optional<String> field = firstUnstorable(context.getUriInfo().getPathParameters())
                .or(() -> firstUnstorable(context.getUriInfo().getQueryParameters()))
                .or(() -> firstUnstorable(
                        ((ResteasyReactiveRequestContext) context.getServerRequestContext()).getFormData()));
        return field.map(name -> responses.respond(request, 400, "Bad Request",
                Bundles.of(UiMessages.class, language.get()).error_unstorable_text(name), null,
                List.of(new Problem.FieldError(name, StorableText.PROBLEM))));
    }

    private static Optional<String> firstUnstorable(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!StorableText.isStorable(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(value -> !StorableText.isStorable(value))) {
                return Optional.of(parameter.getKey());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstUnstorable(FormData form) {
        if (form == null) {
            return Optional.empty();
        }
        for (String name : form) {
            if (!StorableText.isStorable(name)) {
                return Optional.of(name);
            }
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem() && !StorableText.isStorable(value.getValue())) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }
}
