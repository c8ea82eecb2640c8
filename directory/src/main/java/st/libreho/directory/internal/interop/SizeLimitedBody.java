package st.libreho.directory.internal.interop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body but stops, and drops the connection, as soon as it exceeds the limit, so a huge or endless
 * answer costs at most the limit in memory. Beyond the limit it either fails ({@link TooLarge}), for a document that
 * is only usable whole, or keeps what it has, for a page of which the start is enough.
 */
final class SizeLimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body, or its announced length, exceeds the limit. */
    static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        TooLarge(int maxBytes) {
            super("the body is larger than " + maxBytes + " bytes");
        }
    }

    private final int maxBytes;
    private final boolean truncate;
    private final long declaredLength;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    /**
     * @param truncate whether to complete with the first {@code maxBytes} bytes instead of failing
     * @param declaredLength the Content-Length, or -1 when the server gave none
     */
    SizeLimitedBody(int maxBytes, boolean truncate, long declaredLength) {
        this.maxBytes = maxBytes;
        this.truncate = truncate;
        this.declaredLength = declaredLength;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (declaredLength > maxBytes && !truncate) {
            // no need to download what is announced to be too large
            subscription.cancel();
            body.completeExceptionally(new TooLarge(maxBytes));
            return;
        }
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (received.size() + buffer.remaining() > maxBytes) {
                subscription.cancel();
                if (truncate) {
                    int room = maxBytes - received.size();
                    byte[] start = new byte[room];
                    buffer.get(start);
                    received.write(start, 0, room);
                    body.complete(received.toByteArray());
                } else {
                    body.completeExceptionally(new TooLarge(maxBytes));
                }
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            received.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        body.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        body.complete(received.toByteArray());
    }
}
