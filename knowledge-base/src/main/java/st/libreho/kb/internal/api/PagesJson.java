package st.libreho.kb.internal.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import st.libreho.kb.Heading;
import st.libreho.kb.PageConflict;
import st.libreho.kb.PageEdit;
import st.libreho.kb.PageLink;
import st.libreho.kb.PageView;
import st.libreho.kb.RevisionSummary;
import st.libreho.kb.SaveResult;
import st.libreho.kb.Visibility;

/** The bodies the pages API reads and writes. */
final class PagesJson {

    private PagesJson() {
    }

    /**
     * A save: the page's details and text, with the revision the client started from (null to create the page).
     * {@code visibility} is read as text so that a wrong value is reported beside the other fields' problems.
     * {@code tags} absent (or null) leaves the tags as they were at {@code baseRevision} (none for a new page), so
     * that a client that knows nothing of tags never removes them; {@code []} removes them all. {@code page},
     * optional, is the {@code page} token of the page the client read: with it, a save that reaches another page
     * (the client's was moved away and another took its path) is a 409 conflicting on {@code page}, never a merge
     * into a page the client did not read.
     */
    record PageRequest(String title, String markdown, String language, String visibility, String summary,
            Integer baseRevision, List<String> tags, String page) {
    }

    /** A revert: the revision to restore, and the revision the client saw as current. */
    record RevertRequest(Integer revision, Integer baseRevision, String summary) {
    }

    /** A move to another path. */
    record MoveRequest(String newPath, String summary) {
    }

    /** A page as a reader sees it; {@code page} names it whatever its path, for a save to send back. */
    record PageJson(String path, String title, String language, Visibility visibility, int revision,
            String markdown, String html, List<Heading> tableOfContents, Instant createdAt, Instant updatedAt,
            String updatedBy, List<PageLink> breadcrumbs, List<PageLink> children, List<PageLink> backlinks,
            List<String> missingLinks, List<String> tags, String page) {

        static PageJson of(PageView page) {
            return new PageJson(page.path(), page.title(), page.language(), page.visibility(), page.revision(),
                    page.markdown(), page.html(), page.tableOfContents(), page.createdAt(), page.updatedAt(),
                    page.updatedBy(), page.breadcrumbs(), page.children(), page.backlinks(), page.missingLinks(),
                    page.tags(), page.pageToken());
        }
    }

    /**
     * What a save made: the page's revision now. {@code merged} says that the client's changes were merged with
     * revisions saved after its base; {@code outcome} is {@code CREATED}, {@code SAVED}, {@code MERGED} or
     * {@code UNCHANGED} (the page already read so: no revision was made).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SavedJson(String path, int revision, String title, String language, Visibility visibility,
            String markdown, String summary, Instant updatedAt, String updatedBy, boolean merged, String outcome,
            List<String> tags) {

        static SavedJson of(SaveResult result) {
            RevisionSummary revision = result.saved().revision();
            return new SavedJson(result.saved().path(), revision.number(), revision.title(), revision.language(),
                    revision.visibility(), result.saved().markdown(), revision.summary(), revision.createdAt(),
                    revision.authorName(), result.isMerged(), result.outcome().name(), revision.tags());
        }
    }

    /**
     * A conflict as an RFC 9457 problem detail with the texts to resolve it: {@code yours} (what the client sent),
     * {@code theirs} (the text now), {@code base} (the text at {@code baseRevision}), {@code currentRevision} (to
     * send as the next save's base), {@code page} (the token of the page at the path now, to send with the next
     * save), {@code conflicting} (the fields both changed, or {@code page} alone) and, for a conflicting title,
     * language, visibility or tags (both added tags, and together they are more than a page may have), the three
     * values under {@code fields}.
     */
    static Map<String, Object> conflict(PageConflict conflict, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", "Conflict");
        body.put("status", 409);
        body.put("detail", conflict.otherPage()
                ? "The page at " + conflict.path() + " is not the page you started from: that one was moved away and "
                        + "another page took its path. Nothing was saved. To change the page that is here now, save "
                        + "again with page " + conflict.pageToken() + " and baseRevision "
                        + conflict.currentRevision() + "."
                : "The page " + conflict.path() + " changed since revision "
                        + (conflict.baseRevision() == null ? "(none: you meant to create it)"
                                : conflict.baseRevision())
                        + " and your changes overlap others' (" + String.join(", ", conflict.conflicting())
                        + "). Nothing was saved: resolve the conflict and save again with baseRevision "
                        + conflict.currentRevision() + ".");
        body.put("instance", instance);
        body.put("yours", conflict.yours().markdown());
        body.put("theirs", conflict.theirs().markdown());
        body.put("base", conflict.base().markdown());
        body.put("currentRevision", conflict.currentRevision());
        body.put("page", conflict.pageToken());
        body.put("baseRevision", conflict.baseRevision());
        body.put("conflicting", conflict.conflicting());
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String field : conflict.conflicting()) {
            if (!field.equals("markdown") && !field.equals(PageConflict.OTHER_PAGE)) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("yours", value(conflict.yours(), field));
                values.put("theirs", value(conflict.theirs(), field));
                values.put("base", value(conflict.base(), field));
                fields.put(field, values);
            }
        }
        body.put("fields", fields);
        return body;
    }

    private static Object value(PageEdit edit, String field) {
        return switch (field) {
            case "title" -> edit.title();
            case "language" -> edit.language();
            case "visibility" -> edit.visibility();
            case "tags" -> edit.tags();
            default -> null;
        };
    }
}
