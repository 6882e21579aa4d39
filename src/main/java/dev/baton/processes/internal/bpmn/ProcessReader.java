package dev.baton.processes.internal.bpmn;

import dev.baton.processes.Branch;
import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Stakeholder;
import dev.baton.processes.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Reads one BPMN process (and the pool it is drawn in) as a process document. A file Baton wrote keeps
 * its steps in the file's order; a file from another modeler gets its steps in flow order, start first.
 */
final class ProcessReader {

    /** What a process holds besides its flow nodes and flows that is read, not reported. */
    private static final Set<String> READ = Set.of("documentation", "extensionElements", "laneSet", "sequenceFlow");

    private final ImportReport report;

    ProcessReader(ImportReport report) {
        this.report = report;
    }

    ProcessDocument read(Element process, Element participant, Map<String, Element> roots) {
        Element ext = BatonExtension.find(process, "document");
        boolean baton = ext != null;
        String name = participant != null && participant.hasAttribute("name") ? Dom.attr(participant, "name") : Dom.attr(process, "name");
        if (!baton) {
            name = NodeReader.words(name);
            Unmapped.parts(report, process);
        }
        for (Element child : Dom.children(process)) {
            boolean known = READ.contains(child.getLocalName()) || FlowGraph.FLOW_NODES.contains(child.getLocalName());
            if (!Bpmn.MODEL.equals(child.getNamespaceURI()) || !known) {
                Unmapped.report(report, child);
            }
        }
        LaneReader lanes = LaneReader.read(process, report);
        FlowGraph graph = FlowGraph.of(process, report);
        NodeReader nodes = new NodeReader(roots, graph, lanes.laneOf(), new Slugs(), report);
        Map<String, Step> steps = new LinkedHashMap<>();
        graph.nodes().forEach((id, node) -> {
            Step step = nodes.read(node);
            if (step != null) {
                steps.put(id, step);
            }
        });
        Routes routes = new Routes(graph, steps.keySet());
        List<String> order = baton ? List.copyOf(steps.keySet()) : routes.flowOrder(List.copyOf(steps.keySet()));
        List<Step> linked = link(order, steps, graph, routes);

        String purpose = NodeReader.documentation(process, !baton);
        List<Lane> documentLanes = lanes.lanes();
        if (!baton) {
            String key = Slugs.slug(name).isEmpty() ? new Slugs().next(process.getAttribute("id"), "process") : Slugs.slug(name);
            return new ProcessDocument(key, name, null, null, null, "workflow", purpose, null, null, documentLanes, linked);
        }
        List<Stakeholder> stakeholders = Dom.children(ext, Bpmn.BATON, "stakeholder").stream()
                .map(s -> new Stakeholder(Dom.attr(s, "role"), Dom.attr(s, "raci"))).toList();
        return new ProcessDocument(Dom.attr(ext, "key"), name, Dom.attr(ext, "level"), Dom.attr(ext, "parent"), Dom.attr(ext, "owner"),
                Dom.attr(ext, "kind"), purpose, BatonExtension.values(ext, "term", "key"), stakeholders, documentLanes, linked);
    }

    /** Gives each step, in its final order, its {@code next} and branches from the flows. */
    private List<Step> link(List<String> order, Map<String, Step> steps, FlowGraph graph, Routes routes) {
        Map<String, String> keyOf = new HashMap<>();
        steps.forEach((id, step) -> keyOf.put(id, step.key()));
        List<Step> linked = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            String id = order.get(i);
            Element node = graph.nodes().get(id);
            Element ext = BatonExtension.find(node, "step");
            Step step = steps.get(id);
            String listFollowing = i + 1 < order.size() ? keyOf.get(order.get(i + 1)) : null;
            String next = ext == null ? null : Dom.attr(ext, "next");
            List<Branch> branches = new ArrayList<>();
            List<Routes.Route> ways = routes.from(id);
            if (FlowPlan.branches(step)) {
                ways.forEach(way -> branches.add(branch(node, way, keyOf.get(way.target()), ext != null)));
            } else if (!Step.EXIT.equals(step.type()) && !ways.isEmpty()) {
                String target = keyOf.get(ways.get(0).target());
                boolean explicit = ext != null && ext.hasAttribute("next");
                next = !explicit && target != null && target.equals(listFollowing) ? null : target;
                if (ext == null) {
                    unfollowed(node, ways);
                }
            }
            if (ext != null) {
                BatonExtension.keptBranches(ext).stream().sorted(Comparator.comparingInt(Map.Entry::getKey))
                        .forEach(kept -> branches.add(Math.min(kept.getKey(), branches.size()), kept.getValue()));
            }
            linked.add(new Step(step.key(), step.type(), step.lane(), step.name(), step.event(), step.value(), step.action(),
                    step.with(), step.duration(), step.until(), step.instructions(), step.sla(), step.template(), step.process(),
                    branches, step.outcome(), step.reads(), step.writes(), step.shared(), next));
        }
        return linked;
    }

    /** A gate's or split's way out as a branch: the flow's name is its label, its condition the branch's {@code when}. */
    private static Branch branch(Element gateway, Routes.Route way, String to, boolean baton) {
        Element flow = way.flow();
        Element ext = BatonExtension.find(flow, "branch");
        String name = baton ? Dom.attr(flow, "name") : NodeReader.words(Dom.attr(flow, "name"));
        String label = ext != null && "false".equals(Dom.attr(ext, "labelled")) ? null : name;
        Element condition = Dom.child(flow, Bpmn.MODEL, "conditionExpression");
        String when = ext != null && ext.hasAttribute("when") ? Dom.attr(ext, "when")
                : condition == null ? null : baton ? condition.getTextContent() : condition.getTextContent().strip();
        boolean otherwise = ext != null && "true".equals(Dom.attr(ext, "else"))
                || flow.getAttribute("id").equals(Dom.ref(gateway, "default"));
        return new Branch(label, ext == null ? null : Dom.attr(ext, "term"), when, otherwise, to);
    }

    /** What a step from another modeler loses on its way out: more than one way without a gateway, and conditions. */
    private void unfollowed(Element node, List<Routes.Route> ways) {
        if (ways.size() > 1) {
            report.notMapped(node, "it has " + ways.size() + " ways out but is no gateway; Baton follows the first, by "
                    + ways.get(0).flow().getAttribute("id"));
        }
        ways.stream().map(Routes.Route::flow).distinct().filter(f -> Dom.child(f, Bpmn.MODEL, "conditionExpression") != null)
                .forEach(f -> report.notMapped(f, "a condition on a flow out of a step that is no gateway is not kept: "
                        + "put a gate before the step it leads to"));
    }
}
