package st.libreho.directory.internal.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationPage;
import st.libreho.directory.OrganisationProfile;
import st.libreho.platform.web.cache.CachedForVisitors;

/**
 * An organisation's public page: its entry, services, contacts and statements on the CPP's commitments, each beside
 * what the platform observed of it.
 */
@Path("/members/{slug}")
public class MemberPage {

    @CheckedTemplate(basePath = "directory/MemberPage")
    static class Templates {
        static native TemplateInstance member(OrganisationProfile profile, List<CommitmentSection> commitments,
                boolean showLogo, boolean canManage, boolean saved, MemberEvidence evidence);
    }

    private final OrganisationAccess access;
    private final Labels labels;

    private final Directory directory;
    private final ObservedLines lines;

    public MemberPage(OrganisationAccess access, Labels labels, Directory directory, ObservedLines lines) {
        this.lines = lines;
        this.access = access;
        this.labels = labels;
        this.directory = directory;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public TemplateInstance show(@RestPath String slug, @RestQuery String saved) {
        OrganisationPage page = directory.page(slug, access.actor())
                .orElseThrow(() -> new NotFoundException("No organisation " + slug));
        OrganisationProfile profile = page.profile();
        // the logo as the platform stores it, never loaded from the member's site
        return Templates.member(profile, CommitmentSection.of(profile.statements(), labels), page.hasLogo(),
                page.readerMayManage(), saved != null, new MemberEvidence(page.observations(), profile.services(),
                        lines));
    }
}
