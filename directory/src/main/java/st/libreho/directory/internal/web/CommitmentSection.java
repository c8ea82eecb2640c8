package st.libreho.directory.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import st.libreho.directory.Commitment;
import st.libreho.directory.StatementView;

/**
 * The CPP's commitments grouped by the section they belong to, in the catalogue's order, each with the
 * organisation's statement when it made one. Every commitment is listed, so that a missing statement shows.
 */
public record CommitmentSection(String title, List<Row> rows) {

    /** A commitment and the organisation's statement on it, or null when there is none yet. */
    public record Row(Commitment commitment, String title, StatementView statement) {
    }

    public static List<CommitmentSection> of(List<StatementView> statements, Labels labels) {
        Map<Commitment, StatementView> byCommitment = new LinkedHashMap<>();
        statements.forEach(statement -> byCommitment.put(statement.commitment(), statement));
        return grouped(labels, commitment -> new Row(commitment, labels.commitment(commitment),
                byCommitment.get(commitment))).entrySet().stream()
                .map(entry -> new CommitmentSection(entry.getKey(), entry.getValue())).toList();
    }

    /** The same grouping over any per-commitment value, e.g. the rows of the statements form. */
    public static <T> Map<String, List<T>> grouped(Labels labels, Function<Commitment, T> row) {
        Map<String, List<T>> sections = new LinkedHashMap<>();
        for (Commitment commitment : Commitment.values()) {
            sections.computeIfAbsent(labels.section(commitment), title -> new ArrayList<>())
                    .add(row.apply(commitment));
        }
        return sections;
    }
}
