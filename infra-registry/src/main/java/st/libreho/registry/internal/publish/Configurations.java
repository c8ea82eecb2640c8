package st.libreho.registry.internal.publish;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import st.libreho.directory.Directory;
import st.libreho.directory.RegistryReference;
import st.libreho.kb.KnowledgeBase;
import st.libreho.platform.Actor;
import st.libreho.platform.ConcurrentChangeException;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.Page;
import st.libreho.platform.web.cache.PublicContent;
import st.libreho.registry.ConfigurationDraft;
import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.ConfigurationLink;
import st.libreho.registry.ConfigurationSummary;
import st.libreho.registry.ConfigurationView;
import st.libreho.registry.RecentVersion;
import st.libreho.registry.RegistryQuery;
import st.libreho.registry.ServiceUsage;
import st.libreho.registry.Software;
import st.libreho.registry.VersionSummary;
import st.libreho.registry.VersionView;
import st.libreho.registry.internal.store.ConfigurationEntity;
import st.libreho.registry.internal.store.VersionEntity;
import st.libreho.registry.internal.store.VersionFileEntity;

/** Configurations: sharing one, finding them, reading one with its versions, clones and users, and cloning. */
@ApplicationScoped
public class Configurations {

    /** The most versions, clones and users a configuration's page lists. */
    static final int MAX_LISTED = 200;

    private final Publishers publishers;
    private final Publishing publishing;
    private final Directory directory;
    private final KnowledgeBase knowledgeBase;
    private final PublicContent publicContent;
    private final EntityManager entities;

    public Configurations(Publishers publishers, Publishing publishing, Directory directory,
            KnowledgeBase knowledgeBase, PublicContent publicContent, EntityManager entities) {
        this.publishers = publishers;
        this.publishing = publishing;
        this.directory = directory;
        this.knowledgeBase = knowledgeBase;
        this.publicContent = publicContent;
        this.entities = entities;
    }

    public ConfigurationView create(ConfigurationDraft draft, Actor actor) {
        String licence = draft.software() == null ? null : draft.software().licence();
        ConfigurationDraft checked = DraftRules.checked(draft, directory.licenceVerdict(licence));
        publishers.require(actor, checked.owner());
        if (ConfigurationEntity.find(checked.owner(), checked.slug()) != null) {
            throw InvalidInputException.of("slug", "taken", checked.owner() + " already shares a configuration "
                    + "called " + checked.slug());
        }
        ConfigurationEntity entity = newEntity(checked, actor);
        entity.persist();
        publicContent.changed();
        return view(entity, actor);
    }

    /** Changes the details (not the versions), against the row's version the person read. */
    public ConfigurationView update(String owner, String slug, ConfigurationDraft draft, long expectedVersion,
            Actor actor) {
        ConfigurationEntity entity = existing(owner, slug);
        publishers.require(actor, entity.owner);
        String licence = draft.software() == null ? null : draft.software().licence();
        ConfigurationDraft checked = DraftRules.checked(new ConfigurationDraft(owner, slug, draft.title(),
                draft.software(), draft.format(), draft.tags(), draft.status(), draft.readme()),
                directory.licenceVerdict(licence));
        entities.lock(entity, LockModeType.PESSIMISTIC_WRITE);
        entities.refresh(entity);
        if (entity.version != expectedVersion) {
            throw new ConcurrentChangeException("The configuration " + owner + "/" + slug, view(entity, actor),
                    entity.version);
        }
        apply(entity, checked);
        entity.updatedAt = now();
        publicContent.changed();
        return view(entity, actor);
    }

    public Page<ConfigurationSummary> search(RegistryQuery query) {
        int number = Math.min(Math.max(1, query.page()), 10_000);
        int size = Math.min(Math.max(1, query.size()), 100);
        StringBuilder where = new StringBuilder(" from ConfigurationEntity c where 1 = 1");
        List<Object> values = new ArrayList<>();
        if (blank(query.text()) == null) {
            // no text
        } else {
            values.add("%" + likeEscaped(query.text().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
            int at = values.size();
            where.append(" and (lower(c.title) like ?").append(at).append(
                    " escape '\\' or lower(c.softwareName) like ?")
                    .append(at).append(" escape '\\' or lower(c.readme) like ?").append(at).append(" escape '\\')");
        }
        if (blank(query.software()) != null) {
            values.add(query.software().strip().toLowerCase(java.util.Locale.ROOT));
            where.append(" and lower(c.softwareName) = ?").append(values.size());
        }
        if (query.format() != null) {
            values.add(query.format());
            where.append(" and c.format = ?").append(values.size());
        }
        if (blank(query.licence()) != null) {
            values.add(query.licence().strip());
            where.append(" and c.licence = ?").append(values.size());
        }
        if (blank(query.owner()) != null) {
            values.add(query.owner().strip());
            where.append(" and c.owner = ?").append(values.size());
        }
        if (query.status() != null) {
            values.add(query.status());
            where.append(" and c.status = ?").append(values.size());
        }
        if (blank(query.tag()) != null) {
            values.add(query.tag().strip().toLowerCase(java.util.Locale.ROOT));
            where.append(" and array_contains(c.tags, ?").append(values.size()).append(")");
        }
        TypedQuery<ConfigurationEntity> items = entities.createQuery("select c" + where
                + " order by c.updatedAt desc, c.id desc", ConfigurationEntity.class);
        TypedQuery<Long> count = entities.createQuery("select count(c)" + where, Long.class);
        for (int i = 0; i < values.size(); i++) {
            items.setParameter(i + 1, values.get(i));
            count.setParameter(i + 1, values.get(i));
        }
        List<ConfigurationSummary> found = items.setFirstResult((number - 1) * size).setMaxResults(size)
                .getResultList().stream().map(Configurations::summary).toList();
        return new Page<>(found, number, size, count.getSingleResult());
    }

    public Optional<ConfigurationView> configuration(String owner, String slug, Actor reader) {
        return Optional.ofNullable(ConfigurationEntity.find(owner, slug)).map(entity -> view(entity, reader));
    }

    public Optional<VersionView> version(String owner, String slug, String number) {
        ConfigurationEntity entity = ConfigurationEntity.find(owner, slug);
        if (entity == null) {
            return Optional.empty();
        }
        VersionEntity version = versionOf(entity, number);
        if (version == null) {
            return Optional.empty();
        }
        return Optional.of(new VersionView(entity.owner, entity.slug, entity.title, version.number, version.changelog,
                knowledgeBase.render(version.changelog).html(), version.contentHash, version.authorName,
                version.publishedAt, files(version), version.variables, version.warnings,
                version.number.equals(entity.latestVersion)));
    }

    /** Every version with its files, oldest first: what a git repository of the configuration is built from. */
    public List<VersionView> history(String owner, String slug) {
        ConfigurationEntity entity = existing(owner, slug);
        return VersionEntity.<VersionEntity> find("configurationId = ?1 order by sequence", entity.id).stream()
                .map(version -> version(owner, slug, version.number).orElseThrow()).toList();
    }

    /** The most versions a feed of recent versions may ask for. */
    static final int MAX_RECENT = 200;

    /** The latest versions published in the whole registry, newest first (one query on version_published_idx). */
    public List<RecentVersion> recentVersions(int limit) {
        return entities.createQuery("select new st.libreho.registry.RecentVersion(c.owner, c.slug, c.title, v.number,"
                + " v.changelog, v.authorName, v.publishedAt) from VersionEntity v join ConfigurationEntity c"
                + " on c.id = v.configurationId order by v.publishedAt desc, v.id desc", RecentVersion.class)
                .setMaxResults(Math.min(Math.max(1, limit), MAX_RECENT)).getResultList();
    }

    /**
     * A copy of a version in another organisation: a new configuration whose first version has the same number and
     * files (so the same hash), and which remembers it as its parent.
     */
    public ConfigurationView cloneInto(String owner, String slug, String number, String into, String newSlug,
            Actor actor) {
        ConfigurationEntity source = existing(owner, slug);
        VersionEntity version = versionOf(source, number);
        if (version == null) {
            throw InvalidInputException.of("version", "unknown", owner + "/" + slug + " has no version " + number);
        }
        String targetSlug = newSlug == null || newSlug.isBlank() ? source.slug : newSlug.strip();
        ConfigurationDraft draft = new ConfigurationDraft(into, targetSlug, source.title,
                new Software(source.softwareName, source.softwareSourceUrl, source.licence), source.format,
                List.of(source.tags), source.status, source.readme);
        ConfigurationView created = create(draft, actor);
        ConfigurationEntity clone = ConfigurationEntity.find(created.owner(), created.slug());
        clone.parentVersionId = version.id;
        List<ConfigurationFile> files = files(version);
        publishing.store(clone, version.number, version.changelog, files, version.contentHash,
                new Publishing.Checked(version.variables, version.warnings), actor);
        return view(clone, actor);
    }

    ConfigurationEntity existing(String owner, String slug) {
        ConfigurationEntity entity = ConfigurationEntity.find(owner, slug);
        if (entity == null) {
            throw new NotFoundException("There is no configuration " + owner + "/" + slug + ".");
        }
        return entity;
    }

    static VersionEntity versionOf(ConfigurationEntity entity, String number) {
        if (number == null) {
            return null;
        }
        return VersionEntity.<VersionEntity> find("configurationId = ?1 and number = ?2", entity.id, number.strip())
                .firstResult();
    }

    static List<ConfigurationFile> files(VersionEntity version) {
        return VersionFileEntity.<VersionFileEntity> find("versionId = ?1 order by path", version.id).stream()
                .map(file -> new ConfigurationFile(file.path, file.content)).toList();
    }

    private ConfigurationView view(ConfigurationEntity entity, Actor reader) {
        List<VersionSummary> versions = VersionEntity.<VersionEntity> find(
                "configurationId = ?1 order by sequence desc",
                entity.id).page(0, MAX_LISTED).stream().map(VersionEntity::summary).toList();
        ConfigurationLink parent = null;
        int behind = 0;
        if (entity.parentVersionId != null) {
            VersionEntity cloned = VersionEntity.findById(entity.parentVersionId);
            ConfigurationEntity origin = ConfigurationEntity.findById(cloned.configurationId);
            parent = new ConfigurationLink(origin.owner, origin.slug, origin.title, cloned.number,
                    cloned.contentHash);
            behind = origin.versionsCount - cloned.sequence;
        }
        List<ConfigurationLink> clones = entities.createQuery("select c from ConfigurationEntity c where"
                + " c.parentVersionId in (select v.id from VersionEntity v where v.configurationId = :id)"
                + " order by c.owner, c.slug", ConfigurationEntity.class).setParameter("id", entity.id)
                .setMaxResults(MAX_LISTED).getResultList().stream()
                .map(c -> new ConfigurationLink(c.owner, c.slug, c.title, c.latestVersion, null)).toList();
        return new ConfigurationView(entity.owner, entity.slug, entity.title,
                new Software(entity.softwareName, entity.softwareSourceUrl, entity.licence), entity.format,
                List.of(entity.tags), entity.status, entity.readme, knowledgeBase.render(entity.readme).html(),
                versions, parent, behind, clones, usedBy(entity), entity.createdByName, entity.createdAt,
                entity.updatedAt, publishers.may(reader, entity.owner), entity.version);
    }

    /** The directory's services that name this configuration (RegistryReference), through its facade. */
    private List<ServiceUsage> usedBy(ConfigurationEntity entity) {
        return directory.servicesRunning(entity.owner, entity.slug).stream()
                .map(service -> new ServiceUsage(service.organisation(), service.serviceId(), service.serviceName(),
                        RegistryReference.parse(service.reference()).map(RegistryReference::version).orElse(null)))
                .toList();
    }

    private static ConfigurationSummary summary(ConfigurationEntity c) {
        return new ConfigurationSummary(c.owner, c.slug, c.title, c.softwareName, c.licence, c.format,
                List.of(c.tags), c.status, c.latestVersion, c.updatedAt);
    }

    private static ConfigurationEntity newEntity(ConfigurationDraft draft, Actor actor) {
        ConfigurationEntity entity = new ConfigurationEntity();
        entity.owner = draft.owner();
        entity.slug = draft.slug();
        apply(entity, draft);
        entity.createdBySubject = actor.subject();
        entity.createdByName = Publishers.nameOf(actor);
        entity.createdAt = now();
        entity.updatedAt = entity.createdAt;
        return entity;
    }

    private static void apply(ConfigurationEntity entity, ConfigurationDraft draft) {
        entity.title = draft.title();
        entity.softwareName = draft.software().name().strip();
        entity.softwareSourceUrl = draft.software().sourceUrl().strip();
        entity.licence = draft.software().licence().strip();
        entity.format = draft.format();
        entity.tags = draft.tags().toArray(String[]::new);
        entity.status = draft.status();
        entity.readme = draft.readme();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
