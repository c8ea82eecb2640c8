package st.libreho.platform.web.errors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

/** A request that found no free database connection in time is a 503 to try again, not a 500 with a reference. */
class PoolExhaustedTest {

    @Test
    void agroalsAcquisitionTimeoutIsRecognisedWhereverHibernateWrapsIt() {
        SQLException agroal = new SQLException("Sorry, acquisition timeout!");
        assertTrue(ExceptionMappers.poolExhausted(new PersistenceException("could not prepare statement",
                new RuntimeException(agroal))));
        assertTrue(ExceptionMappers.poolExhausted(agroal));
    }

    @Test
    void otherDatabaseErrorsStayUnexpected() {
        assertFalse(ExceptionMappers.poolExhausted(new PersistenceException(new SQLException("syntax error"))));
        assertFalse(ExceptionMappers.poolExhausted(new IllegalStateException("acquisition timeout")));
    }
}
