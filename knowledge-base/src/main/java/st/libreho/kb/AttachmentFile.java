package st.libreho.kb;

/**
 * One version of an attached file, to serve. {@code contentType} was decided from the bytes; {@code inline} is true
 * only for the image types and PDF, which a browser shows without running anything of ours.
 */
public record AttachmentFile(String name, int version, String contentType, boolean inline, byte[] bytes,
        boolean publicPage) {
}
