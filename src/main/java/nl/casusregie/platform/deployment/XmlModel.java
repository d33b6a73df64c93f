package nl.casusregie.platform.deployment;

import java.io.ByteArrayInputStream;
import java.util.function.BiConsumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Reading a BPMN or DMN file for the guard: namespace-aware, without DTDs or external entities. */
final class XmlModel {

    static final String XMLNS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;

    private XmlModel() {
    }

    /** The document, or null when it is not well-formed XML (the refusal says so). */
    static Document read(byte[] content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
        } catch (Exception e) {
            return null;
        }
    }

    /** Visits every element with the element that names it in a message: itself or its nearest ancestor with an id. */
    static void walk(Element element, Element owner, BiConsumer<Element, Element> visitor) {
        Element named = element.hasAttribute("id") ? element : owner;
        visitor.accept(element, named);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                walk(childElement, named, visitor);
            }
        }
    }

    /** The element's own text (its text and CDATA children), without that of nested elements. */
    static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    /** Visits the element's attributes, leaving out namespace declarations. */
    static void attributes(Element element, BiConsumer<Attr, String> visitor) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!XMLNS.equals(attribute.getNamespaceURI())) {
                visitor.accept(attribute, attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName());
            }
        }
    }

    static Refusal refusal(String resource, Element owner, String reason) {
        return owner == null ? new Refusal(resource, null, null, reason)
                : new Refusal(resource, owner.getAttribute("id"), owner.getAttribute("name"), reason);
    }
}
