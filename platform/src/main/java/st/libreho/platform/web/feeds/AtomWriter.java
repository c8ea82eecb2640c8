package st.libreho.platform.web.feeds;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed with StAX, which escapes every text and attribute, leaving out the characters XML 1.0
 * cannot hold (a feed reader refuses a whole feed for one). Nothing in it depends on the time of asking, so the same
 * entries give the same bytes: a feed kept for visitors is served as it was written (ADR 0009).
 */
public final class AtomWriter {

    public static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    public static final String MEDIA_TYPE = "application/atom+xml";

    /**
     * One entry.
     *
     * @param id its address, which never changes
     * @param published when it was first published, or null to leave it out
     * @param categories the entry's tags, in order
     */
    public record Entry(String id, String title, Instant published, Instant updated, String author,
            List<String> categories, String summary) {
    }

    private AtomWriter() {
    }

    /**
     * @param id the feed's address (the page it follows)
     * @param updated the newest entry's date, or a fixed date when there is none
     * @param self the feed's own address
     * @param alternate the page it follows, as HTML
     */
    public static String feed(String id, String title, Instant updated, String self, String alternate,
            List<Entry> entries) {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NAMESPACE);
            element(xml, "id", id);
            element(xml, "title", title);
            element(xml, "updated", updated.toString());
            link(xml, "self", self, MEDIA_TYPE);
            link(xml, "alternate", alternate, "text/html");
            for (Entry entry : entries) {
                entry(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The feed " + id + " could not be written", e);
        }
    }

    private static void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", entry.id());
        element(xml, "title", entry.title());
        if (entry.published() != null) {
            element(xml, "published", entry.published().toString());
        }
        element(xml, "updated", entry.updated().toString());
        xml.writeStartElement("author");
        element(xml, "name", entry.author());
        xml.writeEndElement();
        link(xml, "alternate", entry.id(), "text/html");
        for (String category : entry.categories()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", xmlCharacters(category));
        }
        element(xml, "summary", entry.summary());
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : xmlCharacters(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    /** Without the characters XML 1.0 cannot hold at all (control characters, lone surrogates). */
    public static String xmlCharacters(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
