package st.libreho.directory.internal.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import st.libreho.directory.Commitment;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationProfile;
import st.libreho.directory.StatementView;
import st.libreho.directory.StatementsConflict;
import st.libreho.directory.StatementsResult;
import st.libreho.platform.ConcurrentChangeException;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.web.ConflictRow;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.FormResponses;

/**
 * A delegate states, for every commitment of the CPP, where their organisation stands, in one form. Only what the
 * person changed is saved; a statement someone else changed since the form was opened is not overwritten but shown
 * beside what this person chose.
 */
@Path("/members/{slug}/statements")
@Authenticated
public class StatementsPage {

    /** The commitments of one CPP section, as the form shows them. */
    public record StatementSection(String title, List<StatementRow> rows) {
    }

    /** One commitment's question: its title, its state choices, and the values shown. */
    public record StatementRow(String title, StatementForm form, List<StatementForm.Choice> choices) {
    }

    @CheckedTemplate(basePath = "directory/StatementsPage")
    static class Templates {
        static native TemplateInstance statements(OrganisationProfile profile, List<StatementSection> sections,
                FormErrors errors, List<ConflictRow> conflict, boolean saved);
    }

    private final Directory directory;
    private final OrganisationAccess access;
    private final Labels labels;

    public StatementsPage(Directory directory, OrganisationAccess access, Labels labels) {
        this.directory = directory;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestPath String slug, @RestQuery String saved) {
        OrganisationProfile profile = access.manageable(slug);
        return Templates.statements(profile, sections(profile, Map.of()), FormErrors.none(labels), List.of(),
                saved != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> save(@RestPath String slug, MultivaluedMap<String, String> body) {
        OrganisationProfile profile = access.manageable(slug);
        Map<Commitment, StatementForm> typed = StatementForm.allFrom(body);
        List<Commitment> unknown = StatementForm.unknownStates(body);
        if (!unknown.isEmpty()) {
            FormErrors errors = new FormErrors(labels);
            unknown.forEach(commitment -> errors.add(StatementForm.of(commitment, null).stateField(),
                    labels.commitment(commitment), labels.messages().error_unknown_choice()));
            return render(400, profile, typed, errors, List.of());
        }
        try {
            StatementsResult result = directory.putStatements(slug,
                    typed.values().stream().map(StatementForm::change).toList(), access.actor());
            if (result.allSaved()) {
                return FormResponses.savedTo("/members/" + slug + "/statements");
            }
            // the statements that were valid are saved; the page shows the others as typed, to fix
            return render(400, result.profile(), typed, errors(result, typed), List.of());
        } catch (ConcurrentChangeException changed) {
            // nothing is saved: the person first sees the other change, then saves again on purpose
            StatementsConflict conflict = changed.current(StatementsConflict.class);
            return render(409, conflict.current(), typed, FormErrors.none(labels), conflictRows(conflict, typed));
        }
    }

    /** Each refused change's problems beside its own fields. */
    private FormErrors errors(StatementsResult result, Map<Commitment, StatementForm> typed) {
        FormErrors errors = new FormErrors(labels);
        result.refused().forEach((commitment, problems) -> {
            StatementForm form = typed.get(commitment);
            for (FieldProblem problem : problems) {
                if (problem.field().equals("state")) {
                    errors.add(form.stateField(), labels.commitment(commitment),
                            labels.messages().statement_state_needed());
                } else {
                    errors.add(form.fieldFor(problem.field()),
                            labels.commitment(commitment) + ", " + labels.field(problem.field()),
                            labels.problem(problem));
                }
            }
        });
        return errors;
    }

    /** Side by side, for each statement both people changed: theirs as it is now, and what this person chose. */
    private List<ConflictRow> conflictRows(StatementsConflict conflict, Map<Commitment, StatementForm> typed) {
        return typed.values().stream().filter(form -> conflict.changedMeanwhile().contains(form.commitment()))
                .flatMap(form -> form.conflictWith(
                        StatementForm.Values.of(stored(conflict.current(), form.commitment())), labels).stream())
                .toList();
    }

    private RestResponse<TemplateInstance> render(int status, OrganisationProfile profile,
            Map<Commitment, StatementForm> typed,
            FormErrors errors, List<ConflictRow> conflict) {
        return FormResponses.page(status, Templates.statements(profile, sections(profile, typed), errors, conflict,
                false));
    }

    /**
     * Every commitment, grouped by section: what the person typed where the form is shown again, else what is
     * stored. The hidden values are always what is stored now, so that saving again applies the shown values.
     */
    private List<StatementSection> sections(OrganisationProfile profile, Map<Commitment, StatementForm> typed) {
        return CommitmentSection.grouped(labels, commitment -> {
            StatementView current = stored(profile, commitment);
            StatementForm typedHere = typed.get(commitment);
            // what this person did not change shows as it is now, so that saving again does not turn it into a change
            StatementForm shown = typedHere == null || !typedHere.changedByThisPerson()
                    ? StatementForm.of(commitment, current) : typedHere.over(current);
            return new StatementRow(labels.commitment(commitment), shown, shown.choices(labels));
        }).entrySet().stream().map(entry -> new StatementSection(entry.getKey(), entry.getValue())).toList();
    }

    private static StatementView stored(OrganisationProfile profile, Commitment commitment) {
        return profile.statements().stream().filter(statement -> statement.commitment() == commitment).findFirst()
                .orElse(null);
    }
}
