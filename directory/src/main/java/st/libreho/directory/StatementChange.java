package st.libreho.directory;

/**
 * One commitment's change in a form that shows every statement: what the person wants, and what the statement was
 * when the form was opened, so that the directory can tell a change by someone else meanwhile from this person's.
 */
public record StatementChange(Commitment commitment, Values wanted, Values wasRead) {

    /** A statement's values; a null {@code state} is "no statement". */
    public record Values(StatementState state, String evidenceUrl, String note) {

        public static final Values NO_STATEMENT = new Values(null, null, null);

        public static Values of(StatementView statement) {
            return statement == null ? NO_STATEMENT
                    : new Values(statement.state(), statement.evidenceUrl(), statement.note());
        }
    }
}
