package st.libreho.governance.internal.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.qute.TemplateData;
import st.libreho.directory.OrganisationMembership;
import st.libreho.governance.ObjectionState;
import st.libreho.governance.ObjectionView;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.ProposalState;
import st.libreho.governance.ProposalView;
import st.libreho.governance.StanceView;
import st.libreho.governance.internal.web.GovernanceLabels.Option;

/**
 * The forms a proposal's page offers the person reading it, with the values each shows: what they typed when that
 * form was refused, else what is stored. Offered only where the facade would let them act; the facade decides again.
 */
@TemplateData
public record ProposalForms(List<StanceForm> stances, boolean mayComment, String comment, boolean mayRevise,
        boolean mayWithdraw, List<ObjectionForm> objections, CloseForm close, AppealForm appeal) {

    /** One organisation's stance form: ids carry the organisation, so that several forms share a page. */
    @TemplateData
    public record StanceForm(String organisation, String name, StanceView current, String stance, String reason) {

        public String stanceId() {
            return "stance-" + organisation;
        }

        public String reasonId() {
            return "reason-" + organisation;
        }

        public boolean isStale() {
            return current != null && current.stale();
        }
    }

    /** How the person may move an objection on: the choices they have, and the values shown. */
    @TemplateData
    public record ObjectionForm(ObjectionView objection, List<Option> choices, String state, String answer,
            String minutesUrl) {

        public String stateId() {
            return "state-" + objection.id();
        }

        public String answerId() {
            return "answer-" + objection.id();
        }

        public String minutesId() {
            return "minutesUrl-" + objection.id();
        }
    }

    /** The facilitator's declaration: the organisations that may be named in the rough are the objecting ones. */
    @TemplateData
    public record CloseForm(String outcome, String rationale, List<String> inTheRough, List<String> candidates) {
    }

    /** An appeal of rough consensus, by one of the member organisations the person speaks for. */
    @TemplateData
    public record AppealForm(List<Option> organisations, String organisation, String reason) {
    }

    /** What one refused form sent, to be shown again; {@code form} names it ({@code stance-coop}, {@code close}). */
    public record Typed(String form, Map<String, List<String>> values) {

        static final Typed NONE = new Typed("", Map.of());

        String value(String field) {
            List<String> given = values.get(field);
            return given == null || given.isEmpty() ? "" : given.get(0);
        }

        List<String> all(String field) {
            return values.getOrDefault(field, List.of());
        }

        boolean is(String name) {
            return form.equals(name);
        }
    }

    static ProposalForms of(ProposalView p, GovernanceAccess access, GovernanceLabels labels, Typed typed,
            Instant now) {
        if (access.actor() == null) {
            return new ProposalForms(List.of(), false, "", false, false, List.of(), null, null);
        }
        boolean open = p.state() == ProposalState.OPEN;
        String owner = p.kind() == ProposalKind.MEMBERSHIP ? p.concerned() : p.openedFor();
        boolean author = access.speaksFor(owner);
        boolean facilitates = access.isAddress(p.facilitator());

        List<StanceForm> stances = new ArrayList<>();
        if (open) {
            for (OrganisationMembership m : access.speaksFor()) {
                boolean applicant = p.kind() == ProposalKind.MEMBERSHIP && m.slug().equals(p.concerned());
                if (applicant || !m.member() && !m.slug().equals(p.concerned())) {
                    continue;
                }
                StanceView current = p.stances().stream().filter(s -> s.organisation().equals(m.slug())).findFirst()
                        .orElse(null);
                String form = "stance-" + m.slug();
                stances.add(typed.is(form) ? new StanceForm(m.slug(), m.name(), current, typed.value("stance"),
                        typed.value("reason"))
                        : new StanceForm(m.slug(), m.name(), current,
                                current == null ? "" : current.stance().name(),
                                current == null || current.reason() == null ? "" : current.reason()));
            }
        }
        boolean mayComment = !access.members().isEmpty() || access.speaksFor(p.concerned());

        List<ObjectionForm> objections = new ArrayList<>();
        if (open) {
            for (ObjectionView o : p.objections()) {
                List<Option> choices = new ArrayList<>();
                if ((author || facilitates) && o.state() == ObjectionState.OPEN) {
                    choices.add(new Option(ObjectionState.ACCOMMODATED.name(),
                            labels.messages().objection(ObjectionState.ACCOMMODATED)));
                    choices.add(new Option(ObjectionState.ADDRESSED.name(),
                            labels.messages().objection(ObjectionState.ADDRESSED)));
                }
                if (access.speaksFor(o.organisation())
                        && (o.state() == ObjectionState.OPEN || o.state() == ObjectionState.ADDRESSED)) {
                    choices.add(new Option(ObjectionState.WITHDRAWN.name(),
                            labels.messages().objection(ObjectionState.WITHDRAWN)));
                }
                if (choices.isEmpty()) {
                    continue;
                }
                String form = "objection-" + o.id();
                objections.add(typed.is(form)
                        ? new ObjectionForm(o, choices, typed.value("state"), typed.value("answer"),
                                typed.value("minutesUrl"))
                        : new ObjectionForm(o, choices, "", "", ""));
            }
        }

        CloseForm close = null;
        if (open && facilitates) {
            Set<String> objecting = new LinkedHashSet<>();
            p.objections().forEach(o -> objecting.add(o.organisation()));
            close = typed.is("close")
                    ? new CloseForm(typed.value("outcome"), typed.value("rationale"), typed.all("inTheRough"),
                            List.copyOf(objecting))
                    : new CloseForm("", "", List.of(), List.copyOf(objecting));
        }

        AppealForm appeal = null;
        if (p.outcome() == Outcome.ROUGH_CONSENSUS && p.appealUntil() != null && now.isBefore(p.appealUntil())
                && !access.members().isEmpty()) {
            List<Option> organisations = access.members().stream()
                    .filter(m -> !m.slug().equals(p.concerned())).map(m -> new Option(m.slug(), m.name())).toList();
            if (!organisations.isEmpty()) {
                appeal = typed.is("appeal")
                        ? new AppealForm(organisations, typed.value("appealOrganisation"),
                                typed.value("appealReason"))
                        : new AppealForm(organisations, "", "");
            }
        }
        return new ProposalForms(stances, mayComment, typed.is("comment") ? typed.value("body") : "",
                open && author, open && author, objections, close, appeal);
    }

    public boolean isAny() {
        return !stances.isEmpty() || mayComment || mayRevise || mayWithdraw || !objections.isEmpty()
                || close != null || appeal != null;
    }
}
