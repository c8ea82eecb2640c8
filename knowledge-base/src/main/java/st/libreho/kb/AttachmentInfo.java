package st.libreho.kb;

import java.time.Instant;

/** A file attached to a page, as lists show it: its current version, without its bytes. */
public record AttachmentInfo(String name, int version, String contentType, long size, String uploadedBy,
        Instant uploadedAt) {
}
