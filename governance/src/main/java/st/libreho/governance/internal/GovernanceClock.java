package st.libreho.governance.internal;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The time governance reads, so that tests move it (a review period of 30 days, a closing date) instead of waiting.
 * A test replaces it by producing its own {@link Clock}.
 */
public class GovernanceClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
