package st.libreho.directory.internal.web;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

import st.libreho.directory.Commitment;
import st.libreho.directory.ContactKind;
import st.libreho.directory.HistoryEntry;
import st.libreho.directory.LegalStructure;
import st.libreho.directory.OrganisationStatus;
import st.libreho.directory.ServiceCategory;
import st.libreho.directory.StatementState;

/**
 * Says a history entry in words, in the page's language: the directory records codes (a field name, a status, a
 * commitment id) and this turns them into a sentence.
 */
public final class HistorySentences {

    /** A history entry as the page shows it. */
    public record Line(Instant at, String when, String actor, String text) {
    }

    private final Labels labels;
    private final DirectoryMessages msg;
    private final boolean showAddresses;

    /**
     * @param showAddresses whether delegation addresses may be shown: the history is public, the delegation is not
     */
    HistorySentences(Labels labels, boolean showAddresses) {
        this.labels = labels;
        this.msg = labels.messages();
        this.showAddresses = showAddresses;
    }

    Line line(HistoryEntry entry) {
        return new Line(entry.at(), labels.dateTime(entry.at()), entry.actor(), text(entry));
    }

    String text(HistoryEntry e) {
        return switch (e.kind()) {
            case "CREATED" -> msg.history_created(enumLabel(OrganisationStatus.class, e.newValue(), labels::status));
            case "ENTRY_UPDATED" -> fieldChange(e);
            case "CONTACT_EMAIL_CHANGED" -> e.oldValue() == null ? msg.history_contact_email_set(e.newValue())
                    : e.newValue() == null ? msg.history_contact_email_cleared(e.oldValue())
                    : msg.history_contact_email_changed(e.oldValue(), e.newValue());
            case "STATUS_CHANGED" -> msg.history_status_changed(
                    enumLabel(OrganisationStatus.class, e.oldValue(), labels::status),
                    enumLabel(OrganisationStatus.class, e.newValue(), labels::status));
            case "SERVICE_ADDED" -> msg.history_service_added(e.subject(),
                    enumLabel(ServiceCategory.class, e.newValue(), labels::category));
            case "SERVICE_UPDATED" -> e.oldValue() != null && !e.oldValue().equals(e.newValue())
                    ? msg.history_service_renamed(e.oldValue(), e.newValue())
                    : msg.history_service_updated(e.subject());
            case "SERVICE_REMOVED" -> msg.history_service_removed(e.subject());
            case "CONTACT_SET" -> msg.history_contact_set(
                    enumLabel(ContactKind.class, e.subject(), labels::contact), nonNull(e.newValue()));
            case "CONTACT_REMOVED" -> msg.history_contact_removed(
                    enumLabel(ContactKind.class, e.subject(), labels::contact));
            case "STATEMENT_SET" -> msg.history_statement_set(
                    Commitment.byId(e.subject()).map(labels::commitment).orElse(nonNull(e.subject())),
                    enumLabel(StatementState.class, e.newValue(), labels::state));
            case "DELEGATE_ADDED" -> showAddresses ? msg.history_delegate_added(e.subject())
                    : msg.history_delegate_added_hidden();
            case "DELEGATE_REMOVED" -> showAddresses ? msg.history_delegate_removed(e.subject())
                    : msg.history_delegate_removed_hidden();
            default -> msg.history_other(e.kind(), nonNull(e.subject()));
        };
    }

    private String fieldChange(HistoryEntry e) {
        String field = labels.field(e.subject());
        String before = fieldValue(e.subject(), e.oldValue());
        String after = fieldValue(e.subject(), e.newValue());
        if (before == null) {
            return msg.history_field_set(field, nonNull(after));
        }
        if (after == null) {
            return msg.history_field_cleared(field, before);
        }
        return msg.history_field_changed(field, before, after);
    }

    private String fieldValue(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field == null ? "" : field) {
            case "legalStructure" -> enumLabel(LegalStructure.class, value, labels::legal);
            case "country" -> labels.country(value);
            default -> value;
        };
    }

    private static <E extends Enum<E>> String enumLabel(Class<E> type, String value, Function<E, String> label) {
        if (value == null) {
            return "";
        }
        try {
            return label.apply(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return value;
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
