package dev.baton.processes.internal.bpmn;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The few DOM moves the BPMN reader and writer make, with absent values as {@code null} rather than "". */
final class Dom {

    private Dom() {
    }

    static Element add(Element parent, String namespace, String qualifiedName) {
        Element child = parent.getOwnerDocument().createElementNS(namespace, qualifiedName);
        parent.appendChild(child);
        return child;
    }

    static Element addText(Element parent, String namespace, String qualifiedName, String text) {
        Element child = add(parent, namespace, qualifiedName);
        child.setTextContent(text);
        return child;
    }

    /** Sets the attribute, or leaves it out when the value is {@code null}. */
    static void set(Element element, String name, String value) {
        if (value != null) {
            element.setAttribute(name, value);
        }
    }

    static String attr(Element element, String name) {
        return element != null && element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    /** A reference such as {@code bpmn:Process_1} without its prefix: ids are looked up in one file. */
    static String ref(Element element, String name) {
        String value = attr(element, name);
        return value == null ? null : value.substring(value.indexOf(':') + 1).strip();
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    static List<Element> children(Element parent, String namespace, String localName) {
        return children(parent).stream().filter(e -> is(e, namespace, localName)).toList();
    }

    static Element child(Element parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    static boolean is(Element element, String namespace, String localName) {
        return namespace.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }
}
