package st.libreho.registry.internal.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reading a stream without trusting what it says of its size: at most one byte past the limit is read, so that being
 * over it is known at once and nothing more is expanded.
 */
final class BoundedRead {

    private BoundedRead() {
    }

    /** The stream's bytes up to {@code limit + 1}: a result longer than {@code limit} means the stream is over it. */
    static byte[] atMost(InputStream in, long limit) throws IOException {
        long wanted = limit + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(wanted, 64 * 1024));
        byte[] buffer = new byte[8192];
        while (out.size() < wanted) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, wanted - out.size()));
            if (read < 0) {
                break;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
