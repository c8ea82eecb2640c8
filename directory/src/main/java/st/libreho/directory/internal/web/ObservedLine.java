package st.libreho.directory.internal.web;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * One observation as a page shows it: what was checked, a sentence of what was seen, when, and each finding with how to
 * fix it.
 */
@TemplateData
public record ObservedLine(String what, String subject, String summary, String when, boolean failed, String since,
        List<Found> found, String detail) {

    /** A finding, in words, with how a delegation fixes it. */
    @TemplateData
    public record Found(String label, String fix, boolean fails) {
    }

    public ObservedLine {
        found = List.copyOf(found);
    }

    /** What makes it fail, in words, for the network's list. */
    public String failures() {
        return String.join(" · ", found.stream().filter(Found::fails).map(Found::label).toList());
    }
}
