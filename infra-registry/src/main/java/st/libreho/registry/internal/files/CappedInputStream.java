package st.libreho.registry.internal.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A decompressed stream that fails once more than {@code cap} bytes came out of it. A tar.gz carries its own sizes in
 * its headers, so a gzip bomb of folder entries or of skipped files would otherwise expand without end while none of
 * it is counted as a file.
 */
final class CappedInputStream extends FilterInputStream {

    /** Thrown once the cap is passed. */
    static final class CapExceeded extends IOException {

        private static final long serialVersionUID = 1L;

        CapExceeded() {
            super("the archive expands beyond its cap");
        }
    }

    private final long cap;
    private long count;
    private boolean exceeded;

    CappedInputStream(InputStream in, long cap) {
        super(in);
        this.cap = cap;
    }

    /** Whether the cap was passed, however the readers above reported it. */
    boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipping decompresses all the same: read, so that it is counted
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 1))];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long bytes) throws CapExceeded {
        count += bytes;
        if (count > cap) {
            exceeded = true;
            throw new CapExceeded();
        }
    }
}
