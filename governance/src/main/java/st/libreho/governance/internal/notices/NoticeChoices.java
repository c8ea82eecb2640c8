package st.libreho.governance.internal.notices;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.security.ForbiddenException;
import st.libreho.directory.Directory;
import st.libreho.governance.NoticeChoicesView;
import st.libreho.governance.NoticeTopic;
import st.libreho.platform.Actor;
import st.libreho.platform.NotFoundException;

/**
 * What each organisation chooses to receive. Every topic is on until a delegate turns it off; the table holds only
 * the choices made, so that a new organisation, or a topic added later, is on without a row.
 */
@ApplicationScoped
public class NoticeChoices {

    private final EntityManager entityManager;
    private final Directory directory;

    public NoticeChoices(EntityManager entityManager, Directory directory) {
        this.entityManager = entityManager;
        this.directory = directory;
    }

    /** The organisation's choices, for its delegates and operators. */
    public NoticeChoicesView of(String slug, Actor actor) {
        String name = manageable(slug, actor);
        return new NoticeChoicesView(slug, name, read(slug));
    }

    /** Changes the topics given; the others stay as they are. */
    public NoticeChoicesView choose(String slug, Map<NoticeTopic, Boolean> choices, Actor actor) {
        String name = manageable(slug, actor);
        choices.forEach((topic, enabled) -> entityManager.createNativeQuery("""
                insert into governance.notification_choice (organisation, topic, enabled) values (?1, ?2, ?3)
                on conflict (organisation, topic) do update set enabled = excluded.enabled""")
                .setParameter(1, slug).setParameter(2, topic.name()).setParameter(3, enabled).executeUpdate());
        return new NoticeChoicesView(slug, name, read(slug));
    }

    /** Of these organisations, those that receive this topic, in the order given. */
    public List<String> receiving(NoticeTopic topic, Collection<String> organisations) {
        @SuppressWarnings("unchecked")
        List<String> off = entityManager.createNativeQuery("""
                select organisation from governance.notification_choice where topic = ?1 and not enabled""")
                .setParameter(1, topic.name()).getResultList();
        Set<String> refused = new HashSet<>(off);
        return organisations.stream().filter(slug -> !refused.contains(slug)).distinct().toList();
    }

    private Map<NoticeTopic, Boolean> read(String slug) {
        Map<NoticeTopic, Boolean> topics = new EnumMap<>(NoticeTopic.class);
        for (NoticeTopic topic : NoticeTopic.values()) {
            topics.put(topic, true);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select topic, enabled from governance.notification_choice where organisation = ?1""")
                .setParameter(1, slug).getResultList();
        for (Object[] row : rows) {
            try {
                topics.put(NoticeTopic.valueOf((String) row[0]), (Boolean) row[1]);
            } catch (IllegalArgumentException retired) {
                // a topic a later version no longer has: nothing to show
            }
        }
        return topics;
    }

    /** The organisation's name, if this person may choose for it. */
    private String manageable(String slug, Actor actor) {
        String name = directory.profile(slug).map(profile -> profile.organisation().details().name())
                .orElseThrow(() -> new NotFoundException("There is no organisation '" + slug + "' in the directory."));
        if (actor == null || !directory.canManage(actor, slug)) {
            throw new ForbiddenException("Only a delegate of " + name + " or an operator may choose its notices.");
        }
        return name;
    }
}
