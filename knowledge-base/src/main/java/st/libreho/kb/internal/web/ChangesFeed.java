package st.libreho.kb.internal.web;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.RecentChange;
import st.libreho.kb.internal.markdown.WikiPaths;
import st.libreho.platform.web.cache.CachedForVisitors;

/**
 * The recent changes as an Atom 1.0 feed: the latest revisions of public pages, for everyone alike (a feed reader
 * signs in nowhere, and a feed is easily shared), so never a members-only one, whoever asks.
 */
@Path("/kb/changes.atom")
public class ChangesFeed {

    static final int ENTRIES = 50;
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String MEDIA_TYPE = "application/atom+xml";

    private final KnowledgeBase knowledgeBase;

    public ChangesFeed(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @GET
    @Produces(MEDIA_TYPE)
    @CachedForVisitors(maxAgeSeconds = 60)
    public String feed(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        List<RecentChange> changes = knowledgeBase.recentChanges(1, ENTRIES, null).items();
        try {
            return atom(base, changes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The changes feed could not be written", e);
        }
    }

    static String atom(String base, List<RecentChange> changes) throws XMLStreamException {
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "id", base + "/kb/changes");
        element(xml, "title", "Librehosters knowledge base: recent changes");
        // the newest change, not the time of asking: the same data gives the same bytes (ADR 0009)
        Instant updated = changes.isEmpty() ? Instant.EPOCH : changes.get(0).revision().createdAt();
        element(xml, "updated", updated.toString());
        link(xml, "self", base + "/kb/changes.atom", MEDIA_TYPE);
        link(xml, "alternate", base + "/kb/changes", "text/html");
        for (RecentChange change : changes) {
            String address = base + WikiPaths.href(change.path()) + "/revisions/" + change.revision().number();
            xml.writeStartElement("entry");
            element(xml, "id", address);
            element(xml, "title", change.pageTitle());
            element(xml, "updated", change.revision().createdAt().toString());
            xml.writeStartElement("author");
            element(xml, "name", change.revision().authorName());
            xml.writeEndElement();
            link(xml, "alternate", address, "text/html");
            for (String tag : change.revision().tags()) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", tag);
            }
            String summary = change.revision().summary();
            element(xml, "summary", summary == null || summary.isBlank()
                    ? "Revision " + change.revision().number() + " (" + change.revision().kind().name()
                            .toLowerCase(java.util.Locale.ROOT) + ")"
                    : summary);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return text.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : xmlCharacters(value));
        xml.writeEndElement();
    }

    /** Without the characters XML 1.0 cannot hold at all (control characters, lone surrogates), which the writer would let through. */
    static String xmlCharacters(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
