package st.libreho.platform.testing;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * How many SQL statements something costs, from Hibernate's statistics (the test profile turns them on with
 * {@code quarkus.hibernate-orm.statistics=true}). Tests use it to show that a page's cost does not grow with what it
 * lists, and that a kept page costs none.
 */
public final class SqlStatements {

    private SqlStatements() {
    }

    public static long countedDuring(SessionFactory sessionFactory, Runnable work) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        work.run();
        return statistics.getPrepareStatementCount();
    }
}
