package st.libreho.registry.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.FormErrors;
import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.ConfigurationView;
import st.libreho.registry.Finding;
import st.libreho.registry.PublishRefusedException;
import st.libreho.registry.PublishResult;
import st.libreho.registry.Registry;
import st.libreho.registry.VersionDraft;
import st.libreho.registry.VersionView;

/**
 * A publisher publishes a version: its number, what changed, and its files, pasted in pairs of fields or uploaded as
 * a zip or tar.gz. "Check only" runs every check and stores nothing; "Publish" stores the version when they pass.
 * <p>
 * A refusal shows each finding (kind, severity, file, line, rule, message; a secret's value only masked) and keeps
 * the files in the form, as every refused form keeps what the person typed. Those files may hold the very secret
 * that was refused, so every answer of this page is {@code Cache-Control: no-store}: no browser history, proxy or
 * cache keeps a copy. The form is multipart (for the archive), and carries its CSRF token like any other.
 */
@Path("/registry")
@Authenticated
public class PublishPage {

    /** The last version's files are put in the form to start from when they are no more than this, in bytes. */
    static final int PREFILL_BYTES = 512 * 1024;

    private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(-[^+]*)?(\\+.*)?");

    @CheckedTemplate(basePath = "registry/PublishPage")
    static class Templates {
        static native TemplateInstance publish(ConfigurationView c, PublishForm form, FormErrors errors,
                String suggested, List<Finding> findings, PublishResult checked, boolean prefilled);
    }

    private final Registry registry;
    private final RegistryAccess access;
    private final RegistryLabels labels;

    public PublishPage(Registry registry, RegistryAccess access, RegistryLabels labels) {
        this.registry = registry;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Path("{owner}/{slug}/publish")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> form(@RestPath String owner, @RestPath String slug) {
        ConfigurationView c = publishable(owner, slug);
        String latest = latest(c);
        List<ConfigurationFile> start = latest == null ? List.of()
                : registry.version(owner, slug, latest).map(VersionView::files).orElse(List.of());
        boolean prefilled = !start.isEmpty() && bytes(start) <= PREFILL_BYTES;
        PublishForm form = PublishForm.start(nextPatch(latest), prefilled ? start : List.of());
        return render(200, c, form, FormErrors.none(labels), null, null, prefilled);
    }

    @POST
    @Path("{owner}/{slug}/publish")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> publish(@RestPath String owner, @RestPath String slug,
            MultipartFormDataInput input) {
        ConfigurationView c = publishable(owner, slug);
        PublishForm form = PublishForm.read(input);
        String action = PublishForm.action(input);
        FormErrors errors = new FormErrors(labels);
        if (action.equals("more")) {
            return render(200, c, form.withMorePairs(), errors, null, null, false);
        }
        List<ConfigurationFile> files;
        FormValue archive = PublishForm.archive(input);
        if (archive != null) {
            try (InputStream in = archive.getFileItem().getInputStream()) {
                files = registry.filesOf(in, archive.getFileName());
            } catch (PublishRefusedException refused) {
                return render(422, c, form, errors, refused.findings(), null, false);
            } catch (IOException unreadable) {
                errors.add("archive", labels.terms().problem_archive());
                return render(400, c, form, errors, null, null, false);
            }
            form = form.withArchive(files, archive.getFileName());
        } else {
            files = form.files(errors, labels);
            if (files.isEmpty() && errors.isEmpty()) {
                errors.add("files", labels.terms().problem_no_files());
            }
        }
        if (!errors.isEmpty()) {
            return render(400, c, form, errors, null, null, false);
        }
        boolean dryRun = !action.equals("publish");
        try {
            PublishResult result = registry.publish(owner, slug, new VersionDraft(form.version, form.changelog,
                    files, null), dryRun, access.actor());
            if (result.stored()) {
                return RestResponse.seeOther(RegistryAddresses.uri(
                        RegistryAddresses.version(owner, slug, result.version()) + "?published=1"));
            }
            return render(200, c, form, errors, null, result, false);
        } catch (PublishRefusedException refused) {
            return render(422, c, form, errors, refused.findings(), null, false);
        } catch (InvalidInputException invalid) {
            return render(400, c, form, errors.addAll(invalid.problems()), null, null, false);
        }
    }

    private RestResponse<TemplateInstance> render(int status, ConfigurationView c, PublishForm form,
            FormErrors errors, List<Finding> findings, PublishResult checked, boolean prefilled) {
        String suggested = nextPatch(latest(c));
        return access.privatePage(status, Templates.publish(c, form, errors, suggested,
                findings == null ? List.of() : findings, checked, prefilled));
    }

    /** The configuration, if this person may publish its versions; the 403 page otherwise (the registry checks too). */
    private ConfigurationView publishable(String owner, String slug) {
        ConfigurationView c = registry.configuration(owner, slug, access.actor())
                .orElseThrow(() -> new NotFoundException("There is no configuration " + owner + "/" + slug + "."));
        if (!c.readerMayPublish()) {
            throw new ForbiddenException("Only a delegate of " + owner + " or an operator may publish its versions.");
        }
        return c;
    }

    private static String latest(ConfigurationView c) {
        return c.versions().isEmpty() ? null : c.versions().get(0).version();
    }

    /**
     * The number a person most often publishes next: the last one's next patch (1.2.3 gives 1.2.4), the release of a
     * pre-release (1.2.0-rc.1 gives 1.2.0), or 1.0.0 for a first version.
     */
    static String nextPatch(String latest) {
        if (latest == null) {
            return "1.0.0";
        }
        Matcher semver = SEMVER.matcher(latest);
        if (!semver.matches()) {
            return "";
        }
        String core = semver.group(1) + "." + semver.group(2) + ".";
        if (semver.group(4) != null) {
            return core + semver.group(3);
        }
        return core + (Long.parseLong(semver.group(3)) + 1);
    }

    private static long bytes(List<ConfigurationFile> files) {
        return files.stream().mapToLong(f -> f.content().getBytes(StandardCharsets.UTF_8).length).sum();
    }
}
