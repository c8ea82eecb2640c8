package st.libreho.governance;

import java.time.Instant;

/** One version of a proposal's text, kept for ever. */
public record TextVersion(int number, String title, String text, String summary, String author, Instant createdAt) {
}
