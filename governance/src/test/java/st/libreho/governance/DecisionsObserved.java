package st.libreho.governance;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Counts the decisions that were really recorded (their transaction committed), per proposal. */
@ApplicationScoped
public class DecisionsObserved {

    private final Map<Long, AtomicInteger> committed = new ConcurrentHashMap<>();

    void recorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) DecisionTaken decision) {
        committed.computeIfAbsent(decision.proposalId(), id -> new AtomicInteger()).incrementAndGet();
    }

    public int times(long proposalId) {
        AtomicInteger count = committed.get(proposalId);
        return count == null ? 0 : count.get();
    }
}
