package st.libreho.registry.internal.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import st.libreho.registry.RecentVersion;

/**
 * Versions as an Atom 1.0 feed, written with StAX (which escapes every text and attribute). Nothing in it depends on
 * the time of asking, so the same versions give the same bytes (ADR 0009: a kept feed is served as it was written).
 */
final class VersionsAtom {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String MEDIA_TYPE = "application/atom+xml";

    private VersionsAtom() {
    }

    /**
     * @param base the absolute address of the platform, without a final slash
     * @param path the address of what the feed follows (a configuration, or the registry), from the base
     * @param empty the feed's date when it has no entry
     */
    static String write(String base, String path, String title, Instant empty, List<RecentVersion> versions) {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", base + path + "/versions");
            element(xml, "title", title);
            // the newest version's date, not the time of asking
            element(xml, "updated", (versions.isEmpty() ? empty : versions.get(0).publishedAt()).toString());
            link(xml, "self", base + path + "/versions.atom", MEDIA_TYPE);
            link(xml, "alternate", base + path, "text/html");
            for (RecentVersion version : versions) {
                String address = base + "/registry/" + version.owner() + "/" + version.slug() + "/versions/"
                        + version.version();
                xml.writeStartElement("entry");
                // the version's address: a version never changes, so neither does its entry
                element(xml, "id", address);
                element(xml, "title", version.owner() + "/" + version.slug() + " " + version.version());
                element(xml, "published", version.publishedAt().toString());
                element(xml, "updated", version.publishedAt().toString());
                xml.writeStartElement("author");
                element(xml, "name", version.authorName());
                xml.writeEndElement();
                link(xml, "alternate", address, "text/html");
                String changelog = version.changelog() == null ? "" : version.changelog().strip();
                element(xml, "summary", changelog.isEmpty() ? "Version " + version.version() + " of "
                        + version.title() : changelog);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The versions feed could not be written", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : xmlCharacters(value));
        xml.writeEndElement();
    }

    /**
     * Without the characters XML 1.0 cannot hold at all (control characters, lone surrogates), which the writer would
     * let through and a feed reader would refuse the whole feed for.
     */
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
