package st.libreho.registry.internal.files;

import java.util.Locale;

/** Sizes as people read them in a refusal: "1 MiB", "2.5 MiB", "300 bytes". */
final class ByteSizes {

    private static final long KIB = 1024;
    private static final long MIB = 1024 * KIB;

    private ByteSizes() {
    }

    static String describe(long bytes) {
        if (bytes >= MIB) {
            return number((double) bytes / MIB) + " MiB";
        }
        if (bytes >= KIB) {
            return number((double) bytes / KIB) + " KiB";
        }
        return bytes == 1 ? "1 byte" : bytes + " bytes";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
