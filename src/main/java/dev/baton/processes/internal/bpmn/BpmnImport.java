package dev.baton.processes.internal.bpmn;

import dev.baton.platform.api.InvalidInputException;
import dev.baton.processes.ProcessDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads BPMN 2.0 XML as a process document. A file {@link BpmnExport} wrote gives back exactly the
 * document it was written from; a file from another modeler is mapped (lanes become role lanes, tasks,
 * events and gateways become steps, sequence flows their order and branches) and whatever has no place
 * in a Baton document is listed in the report. A file that is not BPMN is refused with its line.
 */
public final class BpmnImport {

    /** The document read from a BPMN file, and one line for each part of the file it does not carry. */
    public record Imported(ProcessDocument document, List<String> report) {

        public Imported {
            report = List.copyOf(report);
        }
    }

    /** Root elements that only serve the process (what an event waits for, the diagram), so leaving them is no loss. */
    private static final Set<String> SERVING = Set.of("message", "signal", "error", "escalation", "itemDefinition", "category");

    private BpmnImport() {
    }

    /** Reads a BPMN file, or refuses it with an {@link InvalidInputException} naming the line and the problem. */
    public static Imported read(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new InvalidInputException(BpmnXml.FIELD, "", "the file is empty");
        }
        Document dom = BpmnXml.parse(xml);
        Element definitions = dom.getDocumentElement();
        if (!Dom.is(definitions, Bpmn.MODEL, "definitions")) {
            String namespace = definitions.getNamespaceURI() == null ? "no namespace" : "namespace " + definitions.getNamespaceURI();
            throw BpmnXml.problem(definitions, "this is not BPMN 2.0: the file starts with <" + definitions.getLocalName() + "> in "
                    + namespace + ", where BPMN has <definitions> in " + Bpmn.MODEL);
        }
        Map<String, Element> roots = new HashMap<>();
        Dom.children(definitions).forEach(root -> roots.putIfAbsent(Dom.attr(root, "id"), root));
        List<Element> processes = Dom.children(definitions, Bpmn.MODEL, "process");
        if (processes.isEmpty()) {
            throw BpmnXml.problem(definitions, "the file holds no <process>, so there are no steps to read");
        }
        ImportReport report = new ImportReport();
        Element participant = participant(definitions, roots);
        Element process = participant != null ? roots.get(Dom.ref(participant, "processRef")) : withSteps(processes);
        for (Element root : Dom.children(definitions)) {
            boolean serving = Bpmn.MODEL.equals(root.getNamespaceURI()) && SERVING.contains(root.getLocalName());
            boolean diagram = Bpmn.BPMNDI.equals(root.getNamespaceURI());
            if (root != process && !serving && !diagram && !Dom.is(root, Bpmn.MODEL, "collaboration")) {
                Unmapped.report(report, root);
            }
        }
        for (Element collaboration : Dom.children(definitions, Bpmn.MODEL, "collaboration")) {
            Dom.children(collaboration).stream().filter(e -> e != participant).forEach(e -> Unmapped.report(report, e));
        }
        ProcessDocument document = new ProcessReader(report).read(process, participant, roots);
        return new Imported(document, report.lines());
    }

    /** The pool drawn for the process with steps: the first whose process has any, or the first with a process. */
    private static Element participant(Element definitions, Map<String, Element> roots) {
        Element first = null;
        for (Element collaboration : Dom.children(definitions, Bpmn.MODEL, "collaboration")) {
            for (Element participant : Dom.children(collaboration, Bpmn.MODEL, "participant")) {
                Element process = roots.get(Dom.ref(participant, "processRef"));
                if (process != null && Dom.is(process, Bpmn.MODEL, "process")) {
                    if (hasSteps(process)) {
                        return participant;
                    }
                    first = first == null ? participant : first;
                }
            }
        }
        return first;
    }

    private static Element withSteps(List<Element> processes) {
        return processes.stream().filter(BpmnImport::hasSteps).findFirst().orElse(processes.get(0));
    }

    private static boolean hasSteps(Element process) {
        return Dom.children(process).stream().anyMatch(e -> FlowGraph.FLOW_NODES.contains(e.getLocalName()));
    }
}
