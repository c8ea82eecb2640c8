package st.libreho.registry.internal.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.FormErrors;
import st.libreho.registry.BundleFormat;
import st.libreho.registry.Registry;
import st.libreho.registry.Variable;
import st.libreho.registry.VersionView;

/**
 * The replicate form: a version's variables to fill in, and the download of its files with a {@code .env} of those
 * values, secrets generated on request.
 * <p>
 * It has an address of its own, apart from the version's page, for two reasons. The download is a POST, so that the
 * values (secrets among them) never go into an address, where server logs and the browser's history would keep them;
 * and a POST form needs a CSRF token made for each visitor, which a page kept and served to every visitor
 * ({@code @CachedForVisitors}, ADR 0009) must not carry. So the version's page links here, and this page is never kept:
 * {@code Cache-Control: no-store}, since it holds a token and, after a refusal, the values typed. The values are not
 * stored nor logged; the bundle is answered {@code no-store} too.
 */
@Path("/registry")
public class ReplicatePage {

    static final String GENERATE = "generate";
    static final String FORMAT = "bundleFormat";

    /** The form's values as typed (or, opened, the defaults), the secrets to generate, and the archive's format. */
    @TemplateData
    public record ReplicateForm(Map<String, String> values, Set<String> generate, String format) {

        static ReplicateForm opened(List<Variable> variables) {
            Map<String, String> values = new LinkedHashMap<>();
            Set<String> generate = new HashSet<>();
            for (Variable variable : variables) {
                if (variable.secret()) {
                    generate.add(variable.name()); // a secret's default is never shown, nor used unless asked
                } else if (variable.defaultValue() != null) {
                    values.put(variable.name(), variable.defaultValue());
                }
            }
            return new ReplicateForm(values, generate, BundleFormat.TAR_GZ.extension());
        }

        static ReplicateForm read(MultipartFormDataInput input, List<Variable> variables) {
            Map<String, Collection<FormValue>> sent = input.getValues();
            Map<String, String> values = new LinkedHashMap<>();
            for (Variable variable : variables) {
                String value = first(sent, RegistryLabels.VALUES + variable.name());
                if (value != null && !value.isEmpty()) {
                    values.put(variable.name(), value);
                }
            }
            Set<String> generate = new HashSet<>();
            Collection<FormValue> checked = sent.get(GENERATE);
            if (checked != null) {
                // only names of this version: the registry refuses others, and nothing else is worth a refusal here
                Set<String> declared = new HashSet<>();
                variables.forEach(v -> declared.add(v.name()));
                checked.stream().filter(v -> !v.isFileItem()).map(FormValue::getValue).filter(declared::contains)
                        .forEach(generate::add);
            }
            String format = first(sent, FORMAT);
            return new ReplicateForm(values, generate, format == null ? BundleFormat.TAR_GZ.extension() : format);
        }

        public String value(String name) {
            return values.getOrDefault(name, "");
        }

        public boolean generates(String name) {
            return generate.contains(name);
        }

        public boolean isZip() {
            return BundleFormat.of(format) == BundleFormat.ZIP;
        }

        private static String first(Map<String, Collection<FormValue>> sent, String name) {
            Collection<FormValue> found = sent.get(name);
            if (found == null || found.isEmpty()) {
                return null;
            }
            FormValue value = found.iterator().next();
            return value.isFileItem() ? null : value.getValue();
        }
    }

    /**
     * The variables as the form groups them, each group in the manifest's order: what must be filled in first, then
     * the secrets (generated unless the person types one), then what has a default or may stay empty.
     */
    @TemplateData
    public record VariableGroups(List<Variable> required, List<Variable> secrets, List<Variable> optional) {

        static VariableGroups of(List<Variable> variables) {
            return new VariableGroups(variables.stream().filter(v -> v.required() && !v.secret()).toList(),
                    variables.stream().filter(Variable::secret).toList(),
                    variables.stream().filter(v -> !v.required() && !v.secret()).toList());
        }
    }

    @CheckedTemplate(basePath = "registry/ReplicatePage")
    static class Templates {
        static native TemplateInstance replicate(VersionView v, VariableGroups groups, ReplicateForm form,
                FormErrors errors);
    }

    private final Registry registry;
    private final RegistryAccess access;
    private final RegistryLabels labels;

    public ReplicatePage(Registry registry, RegistryAccess access, RegistryLabels labels) {
        this.registry = registry;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Path("{owner}/{slug}/versions/{version}/replicate")
    @Produces(MediaType.TEXT_HTML)
    public Response form(@RestPath String owner, @RestPath String slug, @RestPath String version) {
        VersionView v = existing(owner, slug, version);
        return access.privatePage(200, Templates.replicate(v, VariableGroups.of(v.variables()), ReplicateForm.opened(v
                .variables()),
                FormErrors.none(labels))).toResponse();
    }

    @POST
    @Path("{owner}/{slug}/versions/{version}/replicate")
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    @Produces({ "application/gzip", "application/zip", MediaType.TEXT_HTML })
    public Response download(@RestPath String owner, @RestPath String slug, @RestPath String version,
            MultipartFormDataInput input) {
        VersionView v = existing(owner, slug, version);
        ReplicateForm form = ReplicateForm.read(input, v.variables());
        FormErrors errors = new FormErrors(labels);
        BundleFormat format = BundleFormat.of(form.format());
        if (format == null) {
            errors.add(FORMAT, labels.terms().problem_unknown_choice());
            return again(v, form, errors);
        }
        try {
            byte[] bundle = registry.bundle(owner, slug, v.version(), form.values(), form.generate(), format);
            String name = (slug + "-" + v.version()).replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.extension();
            return Response.ok(bundle, format.mediaType())
                    .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        } catch (InvalidInputException invalid) {
            return again(v, form, errors.addAll(invalid.problems()));
        }
    }

    /** The form again, with what was typed, each problem beside its variable. */
    private Response again(VersionView v, ReplicateForm form, FormErrors errors) {
        return access.privatePage(400, Templates.replicate(v, VariableGroups.of(v.variables()), form, errors))
                .toResponse();
    }

    private VersionView existing(String owner, String slug, String version) {
        return registry.version(owner, slug, version).orElseThrow(() -> new NotFoundException(
                "There is no version " + version + " of " + owner + "/" + slug + "."));
    }
}
