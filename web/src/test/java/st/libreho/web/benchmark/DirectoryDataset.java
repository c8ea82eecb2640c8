package st.libreho.web.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The directory of the throughput run: {@link BenchmarkData}'s organisations {@code bench-1} to {@code bench-N}.
 *
 * @param organisations how many member organisations
 * @param servicesEach how many services each offers
 * @param checksCrossInstance whether the cross-instance check runs on this dataset
 */
record DirectoryDataset(int organisations, int servicesEach, boolean checksCrossInstance) implements Dataset {

    @Override
    public String key() {
        return Integer.toString(organisations);
    }

    @Override
    public String label() {
        return organisations + " organisations";
    }

    @Override
    public String seed(Connection connection) throws SQLException {
        BenchmarkData.seed(connection, organisations, servicesEach);
        return String.format(Locale.ROOT, "%d organisations, %d services", organisations,
                organisations * servicesEach);
    }
}
