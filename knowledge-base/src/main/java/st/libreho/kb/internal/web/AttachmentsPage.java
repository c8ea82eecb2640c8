package st.libreho.kb.internal.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.core.http.HttpServerRequest;
import st.libreho.kb.AttachmentFile;
import st.libreho.kb.KnowledgeBase;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.cache.CachedForVisitors;
import st.libreho.platform.web.errors.ErrorResponses;
import st.libreho.platform.web.errors.Problem;

/**
 * A page's attached files: members upload them from the page, anyone who may read the page downloads them. A file
 * is served with the type decided from its bytes, never HTML or SVG, and a disposition that keeps anything but an
 * image or a PDF out of the browser's window (see also {@link AttachmentHeaders}).
 */
@Path("/kb")
public class AttachmentsPage {

    private final KnowledgeBase knowledgeBase;
    private final KbAccess access;

    private final ErrorResponses responses;

    public AttachmentsPage(KnowledgeBase knowledgeBase, KbAccess access, ErrorResponses responses) {
        this.knowledgeBase = knowledgeBase;
        this.access = access;
        this.responses = responses;
    }

    /** A refused upload is a 422 naming the field (file or name), as through the API, and the page says why. */
    @ServerExceptionMapper
    public Response refused(InvalidInputException exception, HttpServerRequest request) {
        List<Problem.FieldError> errors = exception.problems().stream()
                .map(problem -> new Problem.FieldError(problem.field(), problem.message())).toList();
        return responses.respond(request, 422, "Unprocessable Content", exception.getMessage(), null, errors);
    }

    @GET
    @Path("{path: .+}/attachments/{name}")
    // revalidated each time (cheaply, by ETag): a proxy must not keep serving a file once its page turned
    // members-only, nor an older version once a new one was uploaded
    @CachedForVisitors
    public Response download(@RestPath String path, @RestPath String name, @RestQuery Integer version) {
        AttachmentFile file = knowledgeBase.attachment(path, name, version, access.actor())
                .orElseThrow(() -> new NotFoundException("There is no such file here."));
        return serve(file);
    }

    /** The answer for one file, the same through the API. */
    public static Response serve(AttachmentFile file) {
        return Response.ok(file.bytes()).type(file.contentType())
                .header("Content-Disposition", disposition(file))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox").build();
    }

    /** inline or attachment, with the stored name both as plain ASCII and, exactly, in RFC 5987 form. */
    static String disposition(AttachmentFile file) {
        String ascii = file.name().replaceAll("[^A-Za-z0-9._ -]", "_");
        String exact = URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
        return (file.inline() ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }

    @POST
    @Path("{path: .+}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestPath String path, @RestForm("file") FileUpload file, @RestForm String name)
            throws IOException {
        var editor = access.editor();
        if (file == null || file.uploadedFile() == null) {
            throw InvalidInputException.of("file", "required", "is required: choose a file");
        }
        String chosen = name != null && !name.isBlank() ? name : file.fileName();
        String page = knowledgeBase.page(path, editor).map(view -> view.path())
                .orElseThrow(() -> new NotFoundException("There is no page at " + path + "."));
        knowledgeBase.attach(page, chosen, Files.readAllBytes(file.uploadedFile()), editor);
        return Response.seeOther(java.net.URI.create(KbAddresses.of(page, "") + "#kb-attachments")).build();
    }
}
