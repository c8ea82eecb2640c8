package st.libreho.web.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one dataset's run measured, for the report.
 *
 * @param label the dataset's short name, e.g. "500 organisations"
 * @param description what the database held, e.g. "500 organisations, 5000 services"
 * @param startUp how long the (first) platform process took to be ready
 * @param seeding how long writing the dataset's rows took
 * @param health {@code /q/health/live}, all its slices of the run together: the yardstick of the ratios
 * @param pages the other addresses, in the order they were measured
 * @param memory the platform process's resident memory after the last measurement
 * @param highestPeakMb the highest peak (VmHWM) read after any measurement, across the processes when one exited
 * @param platformExits how often the platform process ended during the load (and was started again)
 * @param notes anything else to know: a platform that exited, the cross-instance check
 */
record DatasetResult(String label, String description, Duration startUp, Duration seeding, Measurement health,
        List<Measurement> pages, ProcessMemory memory, long highestPeakMb, int platformExits, List<String> notes) {

    /** The same result with one more note under its block. */
    DatasetResult withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new DatasetResult(label, description, startUp, seeding, health, pages, memory, highestPeakMb,
                platformExits, List.copyOf(more));
    }
}
