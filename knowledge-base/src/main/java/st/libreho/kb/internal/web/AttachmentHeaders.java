package st.libreho.kb.internal.web;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * The headers that keep an attached file from ever running as a page of ours, on every answer for one: the
 * resource's own, and those the visitors' cache sends again without the resource (ADR 0009), which keeps only the
 * type and the disposition. {@code nosniff} so that a browser keeps to the type decided from the bytes, and a
 * sandbox policy added to the site's, so that even a document a browser chose to show has no origin and no scripts.
 */
@ApplicationScoped
public class AttachmentHeaders {

    static final Pattern ATTACHMENT = Pattern.compile("^/kb/.+/attachments/[^/]+$");

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (ATTACHMENT.matcher(context.normalizedPath()).matches()) {
                context.addHeadersEndHandler(ended -> {
                    context.response().headers().set("X-Content-Type-Options", "nosniff");
                    context.response().headers().add("Content-Security-Policy", "sandbox");
                });
            }
            context.next();
        }, 100);
    }
}
