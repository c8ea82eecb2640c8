package st.libreho.web.benchmark;

import java.time.Duration;
import java.util.List;

/**
 * Everything one dataset's run measured, for the report.
 *
 * @param organisations how many organisations the directory held
 * @param services how many services they offered together
 * @param startUp how long the (first) platform process took to be ready
 * @param health {@code /q/health/live}, all its slices of the run together: the yardstick of the ratios
 * @param pages the other addresses, in the order they were measured
 * @param memory the platform process's resident memory after the last measurement
 * @param highestPeakMb the highest peak (VmHWM) read after any measurement, across the processes when one exited
 * @param platformExits how often the platform process ended during the load (and was started again)
 * @param notes anything else to know: a platform that exited, the cross-instance check
 */
record DatasetResult(int organisations, int services, Duration startUp, Measurement health, List<Measurement> pages,
        ProcessMemory memory, long highestPeakMb, int platformExits, List<String> notes) {
}
