package st.libreho.web.benchmark;

import java.sql.Connection;
import java.sql.SQLException;

/** What one dataset of a throughput run puts into its fresh database, once the platform has created the tables. */
interface Dataset {

    /** Names the dataset's database and the platform's logs: digits, letters and hyphens, e.g. "500" or "kb-1000". */
    String key();

    /** How the log and the growth table name it, e.g. "500 organisations" or "1000 pages". */
    String label();

    /**
     * Writes the rows, and makes every page cache forget what it rendered before.
     *
     * @return what was written, for the report's dataset line
     */
    String seed(Connection connection) throws SQLException;

    /** Whether a second instance checks, on this dataset, that a change reaches its page cache. */
    default boolean checksCrossInstance() {
        return false;
    }
}
