package st.libreho.governance;

import java.time.Instant;

/** An appeal against a declaration of rough consensus. */
public record AppealView(String organisation, String reason, String lodgedBy, Instant lodgedAt) {
}
