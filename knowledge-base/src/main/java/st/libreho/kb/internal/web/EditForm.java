package st.libreho.kb.internal.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.FormParam;

import io.quarkus.qute.TemplateData;
import st.libreho.kb.PageConflict;
import st.libreho.kb.PageEdit;
import st.libreho.kb.PageView;
import st.libreho.kb.Visibility;
import st.libreho.platform.web.FormErrors;

/**
 * The editor's fields, as typed: what the form shows again after a preview, a refusal or a conflict, so that nothing
 * the person typed is lost. {@code baseRevision} is the revision they started from (empty for a new page).
 */
@TemplateData
public class EditForm {

    @FormParam("title")
    public String title;

    @FormParam("language")
    public String language;

    @FormParam("visibility")
    public String visibility;

    @FormParam("markdown")
    public String markdown;

    @FormParam("summary")
    public String summary;

    /** The tags as typed: separated by commas or spaces. */
    @FormParam("tags")
    public String tags;

    @FormParam("baseRevision")
    public String baseRevision;

    /**
     * The page the person started from ({@code PageView.pageToken}), so that a save never lands on another page that
     * took its path meanwhile; empty for a new page.
     */
    @FormParam("page")
    public String page;

    /** Which button: {@code preview} renders without saving; anything else saves. */
    @FormParam("action")
    public String action;

    public EditForm() {
    }

    static EditForm of(PageView page) {
        EditForm form = new EditForm();
        form.title = page.title();
        form.language = page.language();
        form.visibility = page.visibility().name();
        form.markdown = page.markdown();
        form.tags = String.join(", ", page.tags());
        form.baseRevision = String.valueOf(page.revision());
        form.page = page.pageToken();
        return form;
    }

    /** A new page: its title guessed from its address ({@code guides/backup-tools} as "Backup tools"). */
    static EditForm blank(String path, String language) {
        EditForm form = new EditForm();
        String last = path.substring(path.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ').strip();
        form.title = last.isEmpty() ? "" : last.substring(0, 1).toUpperCase(Locale.ROOT) + last.substring(1);
        form.language = language;
        form.visibility = Visibility.PUBLIC.name();
        form.markdown = "";
        form.tags = "";
        form.baseRevision = "";
        form.page = "";
        return form;
    }

    /**
     * After a conflict: what the person sent, now based on the current revision, so that saving it again (once
     * resolved) replaces the page as it is now.
     */
    static EditForm afterConflict(PageConflict conflict) {
        PageEdit yours = conflict.yours();
        EditForm form = new EditForm();
        form.title = yours.title();
        form.language = yours.language();
        form.visibility = yours.visibility() == null ? null : yours.visibility().name();
        form.markdown = yours.markdown();
        form.summary = yours.summary();
        form.tags = yours.tags() == null ? "" : String.join(", ", yours.tags());
        form.baseRevision = String.valueOf(conflict.currentRevision());
        form.page = conflict.pageToken();
        return form;
    }

    boolean isPreview() {
        return "preview".equals(action);
    }

    PageEdit edit(FormErrors errors, String unknownVisibility) {
        Visibility chosen = null;
        if (visibility != null && !visibility.isBlank()) {
            try {
                chosen = Visibility.valueOf(visibility.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add("visibility", unknownVisibility);
            }
        }
        return new PageEdit(title, markdown, language, chosen, summary, tags(tags));
    }

    /**
     * The tags typed, as a list for the knowledge base to check: commas and spaces both separate them. A form without
     * the field (not made here) leaves the tags as they were.
     */
    static List<String> tags(String typed) {
        if (typed == null) {
            return null;
        }
        return Arrays.stream(typed.split("[,\\s]+")).filter(tag -> !tag.isEmpty()).toList();
    }

    /** The revision the person started from; null for a new page. */
    Integer base(FormErrors errors, String notARevision) {
        if (baseRevision == null || baseRevision.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(baseRevision.strip());
        } catch (NumberFormatException notANumber) {
            errors.add("baseRevision", notARevision);
            return null;
        }
    }

    public String getTitle() {
        return title;
    }

    public String getLanguage() {
        return language;
    }

    public String getVisibility() {
        return visibility;
    }

    public String getMarkdown() {
        return markdown;
    }

    public String getSummary() {
        return summary;
    }

    public String getTags() {
        return tags;
    }

    public String getBaseRevision() {
        return baseRevision;
    }

    public String getPage() {
        return page;
    }
}
