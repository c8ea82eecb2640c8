package st.libreho.directory.internal.web;

import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import st.libreho.directory.CheckClass;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationObservations;
import st.libreho.directory.OrganisationPage;
import st.libreho.directory.OrganisationProfile;
import st.libreho.platform.TooSoonException;
import st.libreho.platform.web.cache.CachedForVisitors;

/**
 * One organisation's observed evidence: every observation, and for its delegation how to fix each failure, the
 * "check now" button and its opt-outs.
 */
@Path("/members/{slug}/observations")
public class ObservationsPage {

    /** A class of checks in the opt-out form. */
    @TemplateData
    public record OptOutChoice(String id, String label, boolean chosen) {
    }

    @CheckedTemplate(basePath = "directory/ObservationsPage")
    static class Templates {
        static native TemplateInstance organisation(OrganisationProfile profile, MemberEvidence evidence,
                boolean canManage, List<OptOutChoice> choices, String notice);
    }

    private final Directory directory;
    private final OrganisationAccess access;
    private final ObservedLines lines;

    public ObservationsPage(Directory directory, OrganisationAccess access, ObservedLines lines) {
        this.directory = directory;
        this.access = access;
        this.lines = lines;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public TemplateInstance organisation(@RestPath String slug, @RestQuery String checked,
            @RestQuery String saved, @RestQuery String tooSoon) {
        // one read for the entry, who may manage it and what was observed
        OrganisationPage page = directory.page(slug, access.actor())
                .orElseThrow(() -> new NotFoundException("No organisation " + slug));
        OrganisationProfile profile = page.profile();
        OrganisationObservations observations = page.observations();
        String notice = checked != null ? lines.messages().checked_now()
                : saved != null ? lines.messages().opt_outs_saved()
                : tooSoon != null ? lines.messages().check_too_soon(lines.date(observations.recheckFrom()))
                : null;
        return Templates.organisation(profile, new MemberEvidence(observations, profile.services(), lines), page
                .readerMayManage(),
                choices(observations.optedOut()), notice);
    }

    /** A delegation asks for a check now; refused politely when it asked a short while ago. */
    @POST
    @Path("check")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<Void> check(@RestPath String slug) {
        String back = "/members/" + slug + "/observations";
        try {
            directory.recheck(slug, access.actor());
            return RestResponse.seeOther(URI.create(back + "?checked=1"));
        } catch (TooSoonException e) {
            return RestResponse.seeOther(URI.create(back + "?tooSoon=1"));
        }
    }

    @POST
    @Path("opt-outs")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<Void> optOut(@RestPath String slug, MultivaluedMap<String, String> form) {
        Set<CheckClass> classes = EnumSet.noneOf(CheckClass.class);
        List<String> chosen = form.get("optOut");
        if (chosen != null) {
            // an unknown value cannot come from the form's checkboxes; it is ignored rather than refused
            chosen.forEach(id -> CheckClass.byId(id).ifPresent(classes::add));
        }
        directory.optOutOfChecks(slug, classes, access.actor());
        return RestResponse.seeOther(URI.create("/members/" + slug + "/observations?saved=1"));
    }

    private List<OptOutChoice> choices(Set<CheckClass> optedOut) {
        return Arrays.stream(CheckClass.values()).map(checkClass -> new OptOutChoice(checkClass.id(),
                lines.messages().check_class(checkClass), optedOut.contains(checkClass))).toList();
    }
}
