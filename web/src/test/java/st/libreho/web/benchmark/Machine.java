package st.libreho.web.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the figures were measured on, so that two reports are compared only when they should be. */
final class Machine {

    private Machine() {
    }

    /** E.g. "2 cores (Intel Xeon ...), 23 GB of memory, Linux 6.1, Java 17.0.15+6 (OpenJDK 64-Bit Server VM)". */
    static String describe() {
        return String.format(Locale.ROOT, "%d cores%s, %d GB of memory, %s %s, Java %s (%s)",
                Runtime.getRuntime().availableProcessors(), processorModel(), totalMemoryGb(),
                System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.name"));
    }

    private static String processorModel() {
        for (String line : read("/proc/cpuinfo")) {
            if (line.startsWith("model name")) {
                return " (" + line.substring(line.indexOf(':') + 1).strip() + ")";
            }
        }
        return "";
    }

    private static long totalMemoryGb() {
        for (String line : read("/proc/meminfo")) {
            if (line.startsWith("MemTotal:")) {
                return Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0);
            }
        }
        return 0;
    }

    private static List<String> read(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException notLinux) {
            return List.of();
        }
    }
}
