package st.libreho.platform.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Gzip for kept pages: done once when a page is kept, never per request. */
final class Compression {

    /** Below this, the gzip header and the work cost more than they save. */
    static final int WORTH_IT = 1024;

    private Compression() {
    }

    /** The gzip form of a text body worth compressing, else {@code null} (images are compressed already). */
    static byte[] gzipped(byte[] body, String contentType) {
        if (body.length < WORTH_IT || contentType == null || !isText(contentType)) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static boolean isText(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml");
    }

    /** Whether an Accept-Encoding header accepts gzip (named, or {@code *}, with a quality above zero). */
    static boolean accepted(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            if ((coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) && !refused(pieces)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) <= 0;
                } catch (NumberFormatException malformed) {
                    return true;
                }
            }
        }
        return false;
    }
}
