package st.libreho.kb.internal.pages;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import st.libreho.kb.AttachmentFile;
import st.libreho.kb.AttachmentInfo;
import st.libreho.kb.Visibility;
import st.libreho.kb.internal.KbConfig;
import st.libreho.platform.Actor;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.cache.PublicContent;

/**
 * Files attached to pages. Members upload; whoever may read a page reads its attachments. An upload under a name
 * the page already has adds a version: the older bytes stay, as revisions do (ADR 0011). Runs inside the facade's
 * transactions.
 */
@ApplicationScoped
public class Attachments {

    public static final int MAX_NAME = 100;

    private final Readers readers;
    private final KbConfig config;
    private final PublicContent publicContent;
    private final EntityManager entities;

    public Attachments(Readers readers, KbConfig config, PublicContent publicContent, EntityManager entities) {
        this.readers = readers;
        this.config = config;
        this.publicContent = publicContent;
        this.entities = entities;
    }

    /**
     * A file name made safe to store and to serve: only its last segment (no folder, whatever the separator), no
     * control characters, nothing but letters, digits, '.', '-', '_' and spaces (others become '-'), no leading dots
     * or spaces, at most 100 characters. Empty when nothing is left.
     */
    public static String normaliseName(String name) {
        if (name == null) {
            return "";
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder safe = new StringBuilder();
        last.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ' ') {
                safe.appendCodePoint(c);
            } else if (!Character.isISOControl(c)) {
                safe.append('-');
            }
        });
        String result = safe.toString().replaceAll("^[. ]+", "").strip();
        if (result.codePointCount(0, result.length()) > MAX_NAME) {
            result = result.substring(0, result.offsetByCodePoints(0, MAX_NAME)).strip();
        }
        return result;
    }

    /** Stores a new version of a page's file; its type is decided from the bytes. */
    public AttachmentInfo attach(String path, String name, byte[] bytes, Actor actor) {
        if (actor == null) {
            throw new UnauthorizedException("Sign in first.");
        }
        if (!readers.isMember(actor)) {
            throw new ForbiddenException("Only a member of the network may attach files to the knowledge base.");
        }
        PageEntity page = PageEntity.resolve(path);
        if (page == null) {
            throw new NotFoundException("There is no page at " + path + ".");
        }
        // a charter page shows its files: a new version of one would change the charter without a decision
        CharterPages.refuseGoverned(page, "changed by attaching files");
        String safe = normaliseName(name);
        if (safe.isEmpty()) {
            throw InvalidInputException.of("name", "required", "is required: a file name with a letter or a digit");
        }
        long max = config.attachmentMaxSize().asLongValue();
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of("file", "required", "is required: the file is empty");
        }
        if (bytes.length > max) {
            throw InvalidInputException.of("file", "too_large",
                    "is too large: at most " + max + " bytes, this one has " + bytes.length);
        }
        // one upload of a page's files at a time, so that two uploads of one name get two versions
        entities.lock(page, LockModeType.PESSIMISTIC_WRITE);
        Integer latest = entities.createQuery("select max(a.version) from AttachmentEntity a "
                + "where a.pageId = :page and a.name = :name", Integer.class)
                .setParameter("page", page.id).setParameter("name", safe).getSingleResult();
        AttachmentEntity attachment = new AttachmentEntity();
        attachment.pageId = page.id;
        attachment.name = safe;
        attachment.version = latest == null ? 1 : latest + 1;
        attachment.contentType = ContentTypes.of(bytes);
        attachment.size = bytes.length;
        attachment.bytes = bytes;
        attachment.authorSubject = actor.subject();
        attachment.authorName = actor.name() == null || actor.name().isBlank() ? "?" : actor.name();
        attachment.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        attachment.persist();
        // every page view lists its files and is kept per version of the content, members' views too (RenderedPages)
        publicContent.changed();
        return info(attachment);
    }

    /** The current version of a page's file (or an older one), if the reader may read the page. */
    public Optional<AttachmentFile> file(String path, String name, Integer version, Actor reader) {
        PageEntity page = PageEntity.resolve(path);
        if (page == null || !(page.visibility == Visibility.PUBLIC || readers.isMember(reader))) {
            return Optional.empty();
        }
        String safe = normaliseName(name);
        var query = entities.createQuery("from AttachmentEntity a where a.pageId = :page "
                + "and a.name = :name" + (version == null ? "" : " and a.version = :version")
                + " order by a.version desc", AttachmentEntity.class)
                .setParameter("page", page.id).setParameter("name", safe);
        if (version != null) {
            query.setParameter("version", version);
        }
        List<AttachmentEntity> found = query.setMaxResults(1).getResultList();
        return found.stream().findFirst().map(a -> new AttachmentFile(a.name, a.version, a.contentType,
                ContentTypes.inline(a.contentType), a.bytes, page.visibility == Visibility.PUBLIC));
    }

    /** A page's files at their current versions, by name; empty when the reader may not read the page. */
    public List<AttachmentInfo> list(String path, Actor reader) {
        PageEntity page = PageEntity.resolve(path);
        if (page == null || !(page.visibility == Visibility.PUBLIC || readers.isMember(reader))) {
            return List.of();
        }
        return currentOf(page.id);
    }

    /** A page's files, each at its latest version, by name; at most 500. */
    static List<AttachmentInfo> currentOf(long pageId) {
        return AttachmentEntity.getEntityManager().createQuery("select new st.libreho.kb.AttachmentInfo(a.name, "
                + "a.version, a.contentType, a.size, a.authorName, a.createdAt) from AttachmentEntity a where "
                + "a.pageId = :page and a.version = (select max(b.version) from AttachmentEntity b where "
                + "b.pageId = a.pageId and b.name = a.name) order by a.name", AttachmentInfo.class)
                .setParameter("page", pageId).setMaxResults(500).getResultList();
    }

    private static AttachmentInfo info(AttachmentEntity a) {
        return new AttachmentInfo(a.name, a.version, a.contentType, a.size, a.authorName, a.createdAt);
    }
}
