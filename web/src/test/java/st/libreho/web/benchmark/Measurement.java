package st.libreho.web.benchmark;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.HdrHistogram.Histogram;

/**
 * What one address did under load: its answers and how long each took.
 *
 * @param label the address, as the report names it
 * @param answered the answers with status 200
 * @param errors the answers with any other status, and the requests that failed (refused, reset, timed out)
 * @param seconds from the first request to the last answer
 * @param latencies each 200 answer's time from sending to the last byte, in microseconds
 * @param bytes the 200 answers' total body size, to tell a slow page from a big one
 * @param errorKinds how many errors of each kind, e.g. "HTTP 500" or "TimeoutException"
 */
record Measurement(String label, long answered, long errors, double seconds, Histogram latencies, long bytes,
        Map<String, Long> errorKinds) {

    /** Successful answers only: a page that fails fast must not look fast. */
    double requestsPerSecond() {
        return seconds == 0 ? 0 : answered / seconds;
    }

    double p50Millis() {
        return percentileMillis(50);
    }

    double p99Millis() {
        return percentileMillis(99);
    }

    long averageBytes() {
        return answered == 0 ? 0 : bytes / answered;
    }

    /** This address's throughput as a share of another's measured in the same run, to compare runs on any machine. */
    double ratioTo(Measurement yardstick) {
        double reference = yardstick.requestsPerSecond();
        return reference == 0 ? 0 : requestsPerSecond() / reference;
    }

    /** Several slices of the same address as one: their answers and times added up. */
    static Measurement combine(String label, List<Measurement> slices) {
        Histogram latencies = new Histogram(3);
        long answered = 0;
        long errors = 0;
        long bytes = 0;
        double seconds = 0;
        Map<String, Long> errorKinds = new TreeMap<>();
        for (Measurement slice : slices) {
            slice.errorKinds().forEach((kind, count) -> errorKinds.merge(kind, count, Long::sum));
            latencies.add(slice.latencies());
            answered += slice.answered();
            errors += slice.errors();
            bytes += slice.bytes();
            seconds += slice.seconds();
        }
        return new Measurement(label, answered, errors, seconds, latencies, bytes, errorKinds);
    }

    /** E.g. "HTTP 500: 12; TimeoutException (...): 2", for the report's notes. */
    String describeErrors() {
        return errorKinds.entrySet().stream().map(kind -> kind.getKey() + ": " + kind.getValue())
                .collect(Collectors.joining("; "));
    }

    private double percentileMillis(double percentile) {
        return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1000.0;
    }
}
