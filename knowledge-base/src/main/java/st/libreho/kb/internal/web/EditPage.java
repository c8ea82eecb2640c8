package st.libreho.kb.internal.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.PageConflict;
import st.libreho.kb.PageEdit;
import st.libreho.kb.PageView;
import st.libreho.kb.RenderedMarkdown;
import st.libreho.kb.SaveResult;
import st.libreho.platform.Actor;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.web.ConflictRow;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.FormResponses;
import st.libreho.platform.web.RequestLanguage;

/**
 * A member creates or edits a page, with a preview, and restores an old revision. The form carries the revision the
 * person started from; the knowledge base merges their changes with any saved meanwhile, or answers with a conflict,
 * and then the form comes back (409) with their text kept and the page as it is now beside it.
 */
@Path("/kb")
@Authenticated
public class EditPage {

    @CheckedTemplate(basePath = "kb/EditPage")
    static class Templates {
        static native TemplateInstance edit(String path, boolean creating, EditForm form, FormErrors errors,
                RenderedMarkdown preview, PageConflict conflict, List<ConflictRow> conflictRows, boolean governed);

        /** No page can be at this address: why, and the form to open the editor at another one. */
        static native TemplateInstance refused(String path, FormErrors errors);
    }

    private final KnowledgeBase knowledgeBase;
    private final KbAccess access;
    private final KbLabels labels;
    private final RequestLanguage language;

    public EditPage(KnowledgeBase knowledgeBase, KbAccess access, KbLabels labels, RequestLanguage language) {
        this.knowledgeBase = knowledgeBase;
        this.access = access;
        this.labels = labels;
        this.language = language;
    }

    @GET
    @Path("{path: .+}/edit")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> form(@RestPath String path) {
        Actor editor = access.editor();
        Optional<PageView> page = knowledgeBase.page(path, editor);
        if (page.isPresent() && !page.get().path().equals(path)) {
            return KbAddresses.redirect(page.get().path(), "/edit");
        }
        if (page.isPresent()) {
            return render(200, path, false, EditForm.of(page.get()), FormErrors.none(labels), null, null);
        }
        String normalised = knowledgeBase.normalisePath(path);
        if (!normalised.isEmpty() && !normalised.equals(path)) {
            return KbAddresses.redirect(normalised, "/edit");
        }
        try {
            knowledgeBase.newPagePath(path);
        } catch (InvalidInputException refused) {
            // said before anything is typed: a page at this address could never be saved
            return access.page(400, Templates.refused(path, new FormErrors(labels).add("path",
                    labels.pathRefused(path, refused))));
        }
        return render(200, path, true, EditForm.blank(path, language.get()), FormErrors.none(labels), null, null);
    }

    @POST
    @Path("{path: .+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> save(@RestPath String path, @BeanParam EditForm form) {
        Actor editor = access.editor();
        boolean creating = form.baseRevision == null || form.baseRevision.isBlank();
        FormErrors errors = new FormErrors(labels);
        if (form.isPreview()) {
            try {
                return render(200, path, creating, form, errors, knowledgeBase.preview(path, form.markdown, editor),
                        null);
            } catch (InvalidInputException invalid) {
                return render(400, path, creating, form, errors.addAll(invalid.problems()), null, null);
            }
        }
        PageEdit edit = form.edit(errors, labels.messages().problem_required());
        Integer base = form.base(errors, labels.messages().problem_unknown_revision());
        if (!errors.isEmpty()) {
            return render(400, path, creating, form, errors, null, null); // only a form not made here gets this far
        }
        try {
            if (!creating && knowledgeBase.isGoverned(path)) {
                knowledgeBase.proposeCharterRevision(path, edit, base, editor);
                return FormResponses.savedTo(KbAddresses.of(knowledgeBase.normalisePath(path), "/history"));
            }
            return after(knowledgeBase.save(path, edit, base, form.page, editor), path, creating);
        } catch (InvalidInputException invalid) {
            return render(400, path, creating, form, errors.addAll(invalid.problems()), null, null);
        }
    }

    /** Restores an old revision; the revision page's form posts here. */
    @POST
    @Path("{path: .+}/revert")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> revert(@RestPath String path, @RestForm Integer revision,
            @RestForm Integer baseRevision, @RestForm String summary) {
        Actor editor = access.editor();
        if (revision == null) {
            throw InvalidInputException.of("revision", "required", "is required");
        }
        return after(knowledgeBase.revert(path, revision, baseRevision, summary, editor), path, false);
    }

    private RestResponse<TemplateInstance> after(SaveResult result, String path, boolean creating) {
        if (result.isConflict()) {
            PageConflict conflict = result.conflict();
            return render(409, conflict.path(), creating, EditForm.afterConflict(conflict), FormErrors.none(labels),
                    null, conflict);
        }
        String saved = result.saved().path();
        if (result.isMerged()) {
            return RestResponse.seeOther(URI.create(KbAddresses.of(saved, "") + "?merged=1"));
        }
        return FormResponses.savedTo(KbAddresses.of(saved, ""));
    }

    private RestResponse<TemplateInstance> render(int status, String path, boolean creating, EditForm form,
            FormErrors errors, RenderedMarkdown preview, PageConflict conflict) {
        return access.page(status, Templates.edit(path, creating, form, errors, preview, conflict,
                conflict == null ? List.of() : conflictRows(conflict), !creating && knowledgeBase.isGoverned(path)));
    }

    /**
     * The details (title, language, visibility) both changed, and tags that together would be too many: theirs beside
     * the person's.
     */
    private List<ConflictRow> conflictRows(PageConflict conflict) {
        List<ConflictRow> rows = new ArrayList<>();
        for (String field : conflict.conflicting()) {
            switch (field) {
                case "title" -> rows.add(new ConflictRow(field, labels.field(field), conflict.theirs().title(),
                        conflict.yours().title()));
                case "language" -> rows.add(new ConflictRow(field, labels.field(field),
                        labels.language(conflict.theirs().language()), labels.language(conflict.yours().language())));
                case "visibility" -> rows.add(new ConflictRow(field, labels.field(field),
                        labels.visibility(conflict.theirs().visibility()),
                        labels.visibility(conflict.yours().visibility())));
                case "tags" -> rows.add(new ConflictRow(field, labels.field(field),
                        String.join(", ", conflict.theirs().tags()), String.join(", ", conflict.yours().tags())));
                default -> {
                    // the text's conflict is shown as the two texts and their differences
                }
            }
        }
        return rows;
    }
}
