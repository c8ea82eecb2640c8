package st.libreho.registry.internal.web;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import st.libreho.platform.Actor;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.web.FormErrors;
import st.libreho.registry.ConfigurationDraft;
import st.libreho.registry.ConfigurationView;
import st.libreho.registry.Registry;
import st.libreho.registry.internal.web.RegistryLabels.Option;

/**
 * A delegate shares a configuration for one of their member organisations: its details first, its files as a first
 * version next. A refused form comes back with everything typed and each bad field named.
 */
@Path("/registry")
@Authenticated
public class CreatePage {

    @CheckedTemplate(basePath = "registry/CreatePage")
    static class Templates {
        static native TemplateInstance create(ConfigurationForm form, FormErrors errors, List<Option> owners);
    }

    private final Registry registry;
    private final RegistryAccess access;
    private final RegistryLabels labels;

    public CreatePage(Registry registry, RegistryAccess access, RegistryLabels labels) {
        this.registry = registry;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> form(@RestQuery String owner) {
        access.sharer();
        List<Option> owners = access.publishableOrganisations();
        String chosen = owner != null && owners.stream().anyMatch(o -> o.value().equals(owner)) ? owner
                : owners.size() == 1 ? owners.get(0).value() : "";
        return access.page(200, Templates.create(ConfigurationForm.blank(chosen, labels.messages().create_readme()),
                FormErrors.none(labels), owners));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> create(@BeanParam ConfigurationForm form) {
        Actor actor = access.sharer();
        FormErrors errors = new FormErrors(labels);
        ConfigurationDraft draft = form.draft(errors, labels);
        if (!errors.isEmpty()) {
            return access.page(400, Templates.create(form, errors, access.publishableOrganisations()));
        }
        try {
            ConfigurationView created = registry.create(draft, actor);
            return RestResponse.seeOther(RegistryAddresses.uri(
                    RegistryAddresses.configuration(created.owner(), created.slug()) + "?created=1"));
        } catch (InvalidInputException invalid) {
            return access.page(400, Templates.create(form, errors.addAll(invalid.problems()),
                    access.publishableOrganisations()));
        }
    }
}
