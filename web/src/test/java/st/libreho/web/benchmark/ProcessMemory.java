package st.libreho.web.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A process's resident memory as Linux counts it in /proc/&lt;pid&gt;/status: what a small VM must actually hold,
 * heap, code, thread stacks and buffers together, which the JVM's own figures leave out.
 *
 * @param residentKb VmRSS, the resident set now
 * @param peakKb VmHWM, the most it has held since it started
 */
record ProcessMemory(long residentKb, long peakKb) {

    static ProcessMemory read(long pid) throws IOException {
        List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
        return new ProcessMemory(kilobytes(status, "VmRSS:"), kilobytes(status, "VmHWM:"));
    }

    long residentMb() {
        return residentKb / 1024;
    }

    long peakMb() {
        return peakKb / 1024;
    }

    /** A line such as {@code VmRSS:	  265432 kB}. */
    private static long kilobytes(List<String> status, String field) throws IOException {
        for (String line : status) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
            }
        }
        throw new IOException("No " + field + " in the process status (not Linux?)");
    }
}
