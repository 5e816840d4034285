package skill.importer.dfl;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import skill.importer.MalformedInputException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** DOM access to DFL XML: the files are small (under 1 MB per match), so a tree is simplest. */
final class DflXml {

    private DflXml() {
    }

    static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // Feed files come from outside: no DTDs, no external entities.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (SAXParseException e) {
            throw new MalformedInputException(file, e.getLineNumber(), e.getColumnNumber(),
                    "not well-formed XML: " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new MalformedInputException(file, 0, 0, "not DFL XML: " + e.getMessage(), e);
        }
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static List<Element> children(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
    }

    static Element firstChild(Element parent) {
        List<Element> all = children(parent);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The attribute, or null where it is absent or empty (DOM answers "" for both). */
    static String attr(Element e, String name) {
        String v = e.getAttribute(name);
        return v.isEmpty() ? null : v;
    }

    static String required(Element e, String name) {
        String v = attr(e, name);
        if (v == null) {
            throw new IllegalArgumentException("<" + e.getTagName() + "> lacks " + name);
        }
        return v;
    }

    /** DFL times carry their offset (e.g. +02:00); the contract wants instants. */
    static Instant time(Element e, String name) {
        return OffsetDateTime.parse(required(e, name)).toInstant();
    }
}
