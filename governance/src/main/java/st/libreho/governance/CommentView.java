package st.libreho.governance;

import java.time.Instant;

/** A comment in a proposal's discussion; {@code organisation} is the one its author speaks for, if any. */
public record CommentView(long id, String organisation, String author, String body, Instant postedAt) {
}
