package dev.baton.processes.internal.sop;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads the SOP's pages with a strict XML parser, which is also the proof that they are well-formed XHTML. */
final class Xhtml {

    private static final XPathFactory XPATH = XPathFactory.newInstance();
    private static final DocumentBuilderFactory PARSER = parser();

    private Xhtml() {
    }

    private static DocumentBuilderFactory parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory;
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document parse(String xhtml) {
        try {
            return PARSER.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XHTML: " + e.getMessage() + "\n" + xhtml, e);
        }
    }

    static List<Element> all(Object node, String xpath) {
        try {
            NodeList nodes = (NodeList) XPATH.newXPath().evaluate(xpath, node, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    static Element one(Object node, String xpath) {
        List<Element> found = all(node, xpath);
        if (found.size() != 1) {
            throw new AssertionError("expected one element at " + xpath + ", found " + found.size());
        }
        return found.getFirst();
    }

    /** The text of an element as a reader sees it: white space collapsed. */
    static String text(Element element) {
        return element.getTextContent().replaceAll("\\s+", " ").strip();
    }

    static List<String> texts(Object node, String xpath) {
        return all(node, xpath).stream().map(Xhtml::text).toList();
    }

    /** Table rows, each as its cells' texts joined by " | ". */
    static List<String> rows(Object node, String xpath) {
        return all(node, xpath).stream().map(row -> String.join(" | ", texts(row, "th|td"))).toList();
    }

    /** Elements with a class among their classes. */
    static String cls(String name) {
        return "contains(concat(' ', normalize-space(@class), ' '), ' " + name + " ')";
    }
}
