package dev.baton.processes.internal.bpmn;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** What an import could not carry over into the document, one line per element: its id, type, place and why. */
final class ImportReport {

    private final List<String> lines = new ArrayList<>();

    void notMapped(Element element, String why) {
        String id = Dom.attr(element, "id");
        lines.add((id == null ? "(no id)" : id) + " (" + element.getLocalName() + ", line " + BpmnXml.line(element) + "): " + why);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }
}
