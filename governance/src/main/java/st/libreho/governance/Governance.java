package st.libreho.governance;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import st.libreho.governance.internal.notices.NoticeChoicesView;
import st.libreho.governance.internal.notices.NoticeTopic;
import st.libreho.governance.internal.notices.Notices;
import st.libreho.platform.Actor;

/**
 * The governance module's facade: proposals and decisions, applications to join, meetings, press releases,
 * departures, the care team and incident reports, and the notices they send. Pages and the API call it with the
 * {@link st.libreho.platform.Actor} asking; it decides who may do what.
 */
@ApplicationScoped
public class Governance {

    private final Notices notices;

    public Governance(Notices notices) {
        this.notices = notices;
    }

    // --- proposals and decisions --------------------------------------------------------------------------

    // --- applications -------------------------------------------------------------------------------------

    // --- meetings -----------------------------------------------------------------------------------------

    // --- notices ------------------------------------------------------------------------------------------

    /**
     * What an organisation receives by e-mail, topic by topic (every topic is on until turned off). For its delegates
     * and operators; anyone else gets a {@link io.quarkus.security.ForbiddenException}.
     */
    @Transactional
    public NoticeChoicesView noticeChoices(String slug, Actor actor) {
        return notices.choices(slug, actor);
    }

    /** A delegate (or an operator) turns topics on or off for their organisation; topics not given stay as they are. */
    @Transactional
    public NoticeChoicesView chooseNotices(String slug, Map<NoticeTopic, Boolean> choices, Actor actor) {
        return notices.choose(slug, choices, actor);
    }

    /**
     * Records a reminder to each member organisation that has not taken a stance on an open proposal closing within
     * {@code librehosters.governance.closing-soon}, once per proposal and organisation however often it is called.
     * The closing job calls it in its transaction; the notices are sent when that commits.
     *
     * @return how many reminders were recorded by this call
     */
    @Transactional
    public int remindClosingSoon() {
        return notices.remindClosingSoon();
    }

    // --- care team and incidents --------------------------------------------------------------------------
}
