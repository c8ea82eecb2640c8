package st.libreho.registry.internal.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes read as UTF-8 with no guessing: an invalid byte (Latin-1 text, a binary file, an overlong or surrogate form)
 * is an error, never a replacement character, so that what is stored is exactly what was uploaded.
 */
final class StrictUtf8 {

    /**
     * The decoded text, or where decoding failed.
     *
     * @param text the text; null when the bytes are not UTF-8
     * @param invalidLine the line, from 1, of the first invalid byte; 0 when valid
     */
    record Decoded(String text, int invalidLine) {

        boolean valid() {
            return text != null;
        }
    }

    private StrictUtf8() {
    }

    static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Decoded(null, lineAt(bytes, in.position()));
        }
        return new Decoded(out.flip().toString(), 0);
    }

    /**
     * Whether the bytes are UTF-8, allowing a character cut short at their end: a field of fixed length may cut a
     * long name inside its last character.
     */
    static boolean isValidUpToTheEnd(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return !decoder.decode(ByteBuffer.wrap(bytes), CharBuffer.allocate(bytes.length), false).isError();
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
