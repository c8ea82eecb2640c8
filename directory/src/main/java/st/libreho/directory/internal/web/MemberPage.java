package st.libreho.directory.internal.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.directory.OrganisationProfile;

/** An organisation's public page: its entry, services, contacts and statements on the CPP's commitments. */
@Path("/members/{slug}")
public class MemberPage {

    @CheckedTemplate(basePath = "directory/MemberPage")
    static class Templates {
        static native TemplateInstance member(OrganisationProfile profile, List<CommitmentSection> commitments,
                boolean showLogo, boolean canManage, boolean saved);
    }

    private final OrganisationAccess access;
    private final Labels labels;

    public MemberPage(OrganisationAccess access, Labels labels) {
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@RestPath String slug, @RestQuery String saved) {
        OrganisationProfile profile = access.profile(slug);
        String logo = profile.organisation().details().logoUrl();
        // only an https logo: an http image would be mixed content on our https pages
        boolean showLogo = logo != null && logo.regionMatches(true, 0, "https://", 0, 8);
        return Templates.member(profile, CommitmentSection.of(profile.statements(), labels), showLogo,
                access.canManage(slug), saved != null);
    }
}
