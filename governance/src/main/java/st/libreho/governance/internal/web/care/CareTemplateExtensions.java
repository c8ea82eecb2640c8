package st.libreho.governance.internal.web.care;

import java.util.List;

import io.quarkus.qute.TemplateExtension;

/** Helpers the care templates call on strings. */
@TemplateExtension
final class CareTemplateExtensions {

    private CareTemplateExtensions() {
    }

    /** A text typed in a textarea, line by line, so that a template shows its line breaks (each line escaped). */
    static List<String> textLines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }
}
