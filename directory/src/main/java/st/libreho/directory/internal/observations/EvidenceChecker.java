package st.libreho.directory.internal.observations;

import java.util.List;

/**
 * Visits what organisations declared and says what it observed. Never throws for anything a site does: a site that
 * cannot be reached, answers badly or hangs gives a {@link CheckResult} with its findings. Each fetch has its
 * deadline, so a check of many organisations ends in bounded time.
 */
public interface EvidenceChecker {

    /**
     * Checks every plan, at most a few connections at once and one per host. Returns one result per thing checked
     * (see {@link st.libreho.directory.CheckKind}), for every plan; nothing for an opted-out class or an address not
     * declared.
     */
    List<CheckResult> check(List<CheckPlan> plans);
}
