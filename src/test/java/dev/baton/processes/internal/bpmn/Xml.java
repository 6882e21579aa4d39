package dev.baton.processes.internal.bpmn;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A BPMN file read with a real XML parser and queried with XPath, for tests. */
final class Xml {

    private static final Map<String, String> PREFIXES = Map.of("bpmn", Bpmn.MODEL, "bpmndi", Bpmn.BPMNDI, "dc", Bpmn.DC,
            "di", Bpmn.DI, "baton", Bpmn.BATON);

    private final Document document;
    private final XPath xpath;

    private Xml(Document document) {
        this.document = document;
        this.xpath = XPathFactory.newDefaultInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return PREFIXES.get(prefix);
            }

            @Override
            public String getPrefix(String namespace) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String namespace) {
                return null;
            }
        });
    }

    static Xml parse(String xml) {
        try {
            return new Xml(DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    String text(String expression) {
        try {
            return (String) xpath.evaluate(expression, document, XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError(expression, e);
        }
    }

    /** The text of every node the expression selects, in document order. */
    List<String> texts(String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Node node = nodes.item(i);
                texts.add(node.getTextContent());
            }
            return texts;
        } catch (Exception e) {
            throw new AssertionError(expression, e);
        }
    }

    int count(String expression) {
        return texts(expression).size();
    }
}
