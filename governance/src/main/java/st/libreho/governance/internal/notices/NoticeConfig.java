package st.libreho.governance.internal.notices;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the e-mail notices are sent, under {@code librehosters.governance.notices.*} (environment:
 * {@code LIBREHOSTERS_GOVERNANCE_NOTICES_*}). The SMTP server itself is Quarkus' mailer's ({@code quarkus.mailer.*},
 * see the operator guide).
 */
@ConfigMapping(prefix = "librehosters.governance.notices")
public interface NoticeConfig {

    /**
     * How often each instance looks for notices not sent yet: those whose sending failed (the SMTP server was down),
     * or that an instance stopped before sending. A notice is otherwise sent at once after the change it tells of
     * commits. A Quarkus Scheduler interval. Environment: {@code LIBREHOSTERS_GOVERNANCE_NOTICES_SEND_EVERY}.
     */
    @WithDefault("60s")
    String sendEvery();

    /**
     * How long after a failed attempt a notice is tried again; each further failure doubles it, up to six hours.
     * Environment: {@code LIBREHOSTERS_GOVERNANCE_NOTICES_RETRY_AFTER}.
     */
    @WithDefault("PT1M")
    Duration retryAfter();
}
