package dev.baton.processes.internal.bpmn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3c.dom.Element;

/** What an import could not carry over into the document, one line per element: its id, type, place and why. */
final class ImportReport {

    private record Line(int number, String text) {
    }

    private final List<Line> lines = new ArrayList<>();

    void notMapped(Element element, String why) {
        String id = Dom.attr(element, "id");
        int line = BpmnXml.line(element);
        lines.add(new Line(line, (id == null ? "(no id)" : id) + " (" + element.getLocalName() + ", line " + line + "): " + why));
    }

    /** The lines in the order of the file, so the report reads alongside it. */
    List<String> lines() {
        return lines.stream().sorted(Comparator.comparingInt(Line::number)).map(Line::text).toList();
    }
}
