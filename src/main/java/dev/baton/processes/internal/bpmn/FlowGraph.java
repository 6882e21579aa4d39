package dev.baton.processes.internal.bpmn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/** The flow nodes of a BPMN process and the sequence flows between them, in the file's order. */
final class FlowGraph {

    static final Set<String> FLOW_NODES = Set.of("startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent",
            "boundaryEvent", "task", "userTask", "manualTask", "serviceTask", "sendTask", "receiveTask", "scriptTask",
            "businessRuleTask", "callActivity", "subProcess", "transaction", "adHocSubProcess", "exclusiveGateway",
            "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway");

    private final Map<String, Element> nodes = new LinkedHashMap<>();
    private final Map<String, List<Element>> outgoing = new LinkedHashMap<>();
    private final Map<String, List<Element>> incoming = new LinkedHashMap<>();

    static FlowGraph of(Element process, ImportReport report) {
        FlowGraph graph = new FlowGraph();
        for (Element child : Dom.children(process)) {
            if (Bpmn.MODEL.equals(child.getNamespaceURI()) && FLOW_NODES.contains(child.getLocalName()) && child.hasAttribute("id")) {
                graph.nodes.put(child.getAttribute("id"), child);
            }
        }
        for (Element flow : Dom.children(process, Bpmn.MODEL, "sequenceFlow")) {
            String source = Dom.ref(flow, "sourceRef");
            String target = Dom.ref(flow, "targetRef");
            if (!graph.nodes.containsKey(source) || !graph.nodes.containsKey(target)) {
                report.notMapped(flow, "it joins " + source + " to " + target + ", and one of them is not a flow node of the process");
                continue;
            }
            graph.outgoing.computeIfAbsent(source, k -> new ArrayList<>()).add(flow);
            graph.incoming.computeIfAbsent(target, k -> new ArrayList<>()).add(flow);
        }
        return graph;
    }

    /** The flow nodes by id, in the file's order. */
    Map<String, Element> nodes() {
        return nodes;
    }

    List<Element> outgoing(String node) {
        return outgoing.getOrDefault(node, List.of());
    }

    List<Element> incoming(String node) {
        return incoming.getOrDefault(node, List.of());
    }

    static String target(Element flow) {
        return Dom.ref(flow, "targetRef");
    }
}
