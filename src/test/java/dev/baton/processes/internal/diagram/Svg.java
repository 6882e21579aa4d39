package dev.baton.processes.internal.diagram;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A rendered SVG parsed by a real XML parser, read with XPath the way a test wants to look at it. */
final class Svg {

    final Document dom;

    private Svg(Document dom) {
        this.dom = dom;
    }

    /** Parses the markup, failing the test if it is not well-formed XML. */
    static Svg parse(String markup) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Svg(factory.newDocumentBuilder().parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage() + "\n" + markup, e);
        }
    }

    Element root() {
        return dom.getDocumentElement();
    }

    List<Element> all(String xpath) {
        return all(dom, xpath);
    }

    static List<Element> all(Object context, String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, context, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    /** The one element the expression finds; fails when there is none or more than one. */
    Element one(String xpath) {
        List<Element> found = all(xpath);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + xpath + " but found " + found.size());
        }
        return found.get(0);
    }

    Element step(String key) {
        return all("//g[@data-step]").stream().filter(g -> g.getAttribute("data-step").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + key));
    }

    /** The lines of text drawn in an element, joined with spaces, as a person reads them. */
    static String text(Element element) {
        return String.join(" ", all(element, ".//text").stream().map(Element::getTextContent).toList());
    }

    /** The element's main shape: the first rect, circle or polygon in it. */
    static Element shape(Element group) {
        return all(group, "(.//rect | .//circle | .//polygon)[1]").get(0);
    }

    /** The horizontal centre of a step's shape. */
    static double centreX(Element group) {
        Element shape = shape(group);
        return switch (shape.getTagName()) {
            case "circle" -> Double.parseDouble(shape.getAttribute("cx"));
            case "rect" -> Double.parseDouble(shape.getAttribute("x")) + Double.parseDouble(shape.getAttribute("width")) / 2;
            default -> Double.parseDouble(shape.getAttribute("points").split(" ")[0].split(",")[0]);
        };
    }
}
