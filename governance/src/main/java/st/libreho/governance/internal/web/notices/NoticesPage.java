package st.libreho.governance.internal.web.notices;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import st.libreho.governance.Governance;
import st.libreho.governance.NoticeChoicesView;
import st.libreho.governance.NoticeTopic;
import st.libreho.platform.web.FormResponses;
import st.libreho.platform.web.Identities;
import st.libreho.platform.web.RequestLanguage;

/**
 * A delegate chooses which e-mail notices their organisation receives: one checkbox per topic, saved with
 * Post/Redirect/Get. The facade decides who may (a delegate of the organisation, or an operator).
 */
@Path("/governance/notices/{slug}")
@Authenticated
public class NoticesPage {

    /** A topic as the form shows it. */
    public record TopicChoice(NoticeTopic topic, boolean on) {

        public String name() {
            return topic.name();
        }
    }

    @CheckedTemplate(basePath = "governance/notices")
    static class Templates {
        static native TemplateInstance choices(NoticeChoicesView organisation, List<TopicChoice> topics,
                boolean saved);
    }

    private final Governance governance;
    private final SecurityIdentity identity;
    private final RequestLanguage language;

    public NoticesPage(Governance governance, SecurityIdentity identity, RequestLanguage language) {
        this.governance = governance;
        this.identity = identity;
        this.language = language;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> form(@RestPath String slug, @RestQuery String saved) {
        NoticeChoicesView choices = governance.noticeChoices(slug, Identities.actorOf(identity));
        return page(choices, "1".equals(saved));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> save(@RestPath String slug, @RestForm("topic") List<String> checked) {
        // a checkbox left unticked sends nothing: every topic the form shows is chosen, on or off
        Map<NoticeTopic, Boolean> chosen = new EnumMap<>(NoticeTopic.class);
        for (NoticeTopic topic : NoticeTopic.values()) {
            chosen.put(topic, checked != null && checked.contains(topic.name()));
        }
        governance.chooseNotices(slug, chosen, Identities.actorOf(identity));
        return FormResponses.savedTo(NoticesPages.choices(slug));
    }

    /** The form holds a CSRF token made for this person: no cache may keep it. */
    private RestResponse<TemplateInstance> page(NoticeChoicesView choices, boolean saved) {
        List<TopicChoice> topics = choices.topics().entrySet().stream()
                .map(entry -> new TopicChoice(entry.getKey(), entry.getValue())).toList();
        return FormResponses.privatePage(200, Templates.choices(choices, topics, saved).setAttribute("locale", language
                .locale()));
    }
}
