package st.libreho.governance;

import java.math.BigDecimal;
import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The rules in force when a proposal opened, kept on it: changing the settings later never changes it.
 *
 * @param quorum the share (0 to 1) of member organisations that must take a stance
 * @param minSupport how many member organisations must agree (with or without reservations)
 * @param appealWindow (ISO-8601 in JSON) how long a declaration of rough consensus may be appealed
 * @param reviewPeriod for a membership proposal, how long the application is reviewed at least; otherwise null
 */
public record FrozenRules(DecisionMode mode, BigDecimal quorum, int minSupport,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Duration appealWindow,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Duration reviewPeriod) {
}
