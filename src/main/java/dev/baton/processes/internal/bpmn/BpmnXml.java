package dev.baton.processes.internal.bpmn;

import dev.baton.platform.api.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a BPMN file into a DOM whose elements remember their line and column, so a problem found
 * after parsing can still be named by its place. No DTD is read and no entity is resolved, so a file
 * cannot make the server read a local file or a URL.
 */
final class BpmnXml {

    static final String FIELD = "bpmn";
    private static final String LINE = "line";
    private static final String COLUMN = "column";

    private BpmnXml() {
    }

    static Document parse(String xml) {
        DomBuilder builder = new DomBuilder();
        try {
            parser().parse(new InputSource(new StringReader(xml)), builder);
            return builder.document;
        } catch (SAXParseException e) {
            // The parser's words for a refused DOCTYPE name its own feature switch, which tells a person nothing.
            String message = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "a DOCTYPE is not accepted in a BPMN file" : e.getMessage();
            throw new InvalidInputException(FIELD, "", "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + message);
        } catch (SAXException | IOException e) {
            throw new InvalidInputException(FIELD, "", "the file could not be read as XML: " + e.getMessage());
        }
    }

    /** "line 12, column 7", where the element's start tag ends. */
    static String where(Element element) {
        return "line " + line(element) + ", column " + element.getUserData(COLUMN);
    }

    static int line(Element element) {
        return element.getUserData(LINE) instanceof Integer line ? line : 0;
    }

    static InvalidInputException problem(Element element, String message) {
        return new InvalidInputException(FIELD, "", where(element) + ": " + message);
    }

    private static SAXParser parser() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultNSInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            return factory.newSAXParser();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser does not support safe parsing", e);
        }
    }

    /** Builds the DOM from SAX events, which are the only ones that carry a location. */
    private static final class DomBuilder extends DefaultHandler {

        private final Document document;
        private Node current;
        private Locator locator;

        DomBuilder() {
            try {
                document = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().newDocument();
                current = document;
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("the JDK's XML support is not configured", e);
            }
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Element element = document.createElementNS(uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                String namespace = attributes.getURI(i);
                element.setAttributeNS(namespace.isEmpty() ? null : namespace, attributes.getQName(i), attributes.getValue(i));
            }
            if (locator != null) {
                element.setUserData(LINE, locator.getLineNumber(), null);
                element.setUserData(COLUMN, locator.getColumnNumber(), null);
            }
            current.appendChild(element);
            current = element;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            current = current.getParentNode();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (current == document) {
                return;
            }
            if (current.getLastChild() instanceof Text text) {
                text.appendData(new String(ch, start, length));
            } else {
                current.appendChild(document.createTextNode(new String(ch, start, length)));
            }
        }
    }
}
