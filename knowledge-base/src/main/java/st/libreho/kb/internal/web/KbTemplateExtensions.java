package st.libreho.kb.internal.web;

import io.quarkus.qute.TemplateExtension;
import st.libreho.kb.AttachmentInfo;
import st.libreho.kb.DiffLine;
import st.libreho.kb.PageDiff;
import st.libreho.kb.RevisionKind;
import st.libreho.kb.RevisionSummary;
import st.libreho.kb.Visibility;

/** Small questions the knowledge base's templates ask of its records, so that templates compare no magic strings. */
@TemplateExtension
final class KbTemplateExtensions {

    private KbTemplateExtensions() {
    }

    static boolean isRemoved(DiffLine line) {
        return line.kind() == DiffLine.Kind.REMOVED;
    }

    static boolean isAdded(DiffLine line) {
        return line.kind() == DiffLine.Kind.ADDED;
    }

    static boolean isGap(DiffLine line) {
        return line.kind() == DiffLine.Kind.GAP;
    }

    /** The sign a diff line starts with, for readers without colours: - removed, + added. */
    static String sign(DiffLine line) {
        return switch (line.kind()) {
            case REMOVED -> "-";
            case ADDED -> "+";
            default -> " ";
        };
    }

    /** An attachment's address: its name as one path segment. */
    static String href(AttachmentInfo file) {
        return java.net.URLEncoder.encode(file.name(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    static boolean isMembersOnly(Visibility visibility) {
        return visibility == Visibility.MEMBERS;
    }

    static boolean isCreated(RevisionSummary revision) {
        return revision.kind() == RevisionKind.CREATED;
    }

    static boolean isReverted(RevisionSummary revision) {
        return revision.kind() == RevisionKind.REVERTED;
    }

    static boolean isAdopted(RevisionSummary revision) {
        return revision.kind() == RevisionKind.ADOPTED;
    }

    static boolean isMoved(RevisionSummary revision) {
        return revision.kind() == RevisionKind.MOVED;
    }

    /** Whether the two revisions of a diff have different tags. */
    static boolean tagsChanged(PageDiff diff) {
        return !diff.from().tags().equals(diff.to().tags());
    }
}
