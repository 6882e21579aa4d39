package dev.baton.processes.internal.bpmn;

import dev.baton.processes.Step;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/**
 * Reads one flow node as a step, leaving its {@code next} and branches to the flows. A node Baton wrote
 * is read from its extension; any other is mapped from what BPMN says: its element, name, documentation
 * and event definitions, with whatever is lost on the way put in the report.
 */
final class NodeReader {

    /** Ids such as {@code Activity_0x1k2j3}, {@code StartEvent_1} or {@code sid-…}, which modelers make up. */
    private static final Pattern MADE_UP_ID = Pattern.compile("[A-Za-z]+_[0-9a-z]*[0-9][0-9a-z]*|sid-.*|_?[0-9a-fA-F-]{8,}");

    private final Map<String, Element> roots;
    private final FlowGraph graph;
    private final Map<String, String> laneOf;
    private final Slugs keys;
    private final ImportReport report;

    NodeReader(Map<String, Element> roots, FlowGraph graph, Map<String, String> laneOf, Slugs keys, ImportReport report) {
        this.roots = roots;
        this.graph = graph;
        this.laneOf = laneOf;
        this.keys = keys;
        this.report = report;
        // Steps Baton wrote keep their keys, so a step added in another modeler is keyed around them.
        graph.nodes().values().forEach(node -> keys.reserve(Dom.attr(BatonExtension.find(node, "step"), "key")));
    }

    /** The step a node becomes, or {@code null} when Baton has no step for it and the flow is led past it. */
    Step read(Element node) {
        Element ext = BatonExtension.find(node, "step");
        return ext != null ? exact(node, ext) : mapped(node);
    }

    private Step exact(Element node, Element ext) {
        String type = Dom.attr(ext, "type");
        boolean wait = Step.WAIT.equals(type);
        String duration = ext.hasAttribute("duration") ? Dom.attr(ext, "duration") : wait ? timer(node, "timeDuration") : null;
        String until = ext.hasAttribute("until") ? Dom.attr(ext, "until") : wait ? timer(node, "timeDate") : null;
        String process = ext.hasAttribute("process") ? Dom.attr(ext, "process")
                : Step.SUBPROCESS.equals(type) ? Dom.ref(node, "calledElement") : null;
        return new Step(Dom.attr(ext, "key"), type, laneOf.get(node.getAttribute("id")), Dom.attr(node, "name"),
                Dom.attr(ext, "event"), Dom.attr(ext, "value"), Dom.attr(ext, "action"), BatonExtension.with(ext), duration, until,
                documentation(node, false), Dom.attr(ext, "sla"), Dom.attr(ext, "template"), process, null, Dom.attr(ext, "outcome"),
                BatonExtension.values(ext, "reads", "field"), BatonExtension.values(ext, "writes", "field"),
                BatonExtension.values(ext, "shared", "lane"), null);
    }

    private Step mapped(Element node) {
        String type = type(node);
        if (type == null) {
            return null;
        }
        Unmapped.parts(report, node);
        String id = node.getAttribute("id");
        String name = words(Dom.attr(node, "name"));
        String key = MADE_UP_ID.matcher(id).matches() && name != null ? keys.next(name, id) : keys.next(id, name);
        Step step = new Step(key, type, laneOf.get(id), name, null, null, null, null, null, null, documentation(node, true), null,
                null, null, null, null, null, null, null, null);
        return switch (type) {
            case Step.TRIGGER -> step.withEvent(event(node), trimmed(eventValue(node)));
            case Step.ACTION -> "sendTask".equals(node.getLocalName()) ? with(step, "email", null, null, null) : step;
            case Step.WAIT -> {
                if (timer(node, "timeCycle") != null) {
                    report.notMapped(node, "it waits on a cycle; a Baton wait waits once");
                }
                yield with(step, null, trimmed(timer(node, "timeDuration")), trimmed(timer(node, "timeDate")), null);
            }
            case Step.SUBPROCESS -> step.withProcess(Dom.ref(node, "calledElement"));
            case Step.EXIT -> with(step, null, null, null, "completed");
            default -> step;
        };
    }

    private static Step with(Step s, String action, String duration, String until, String outcome) {
        return new Step(s.key(), s.type(), s.lane(), s.name(), s.event(), s.value(), action, s.with(), duration, until,
                s.instructions(), s.sla(), s.template(), s.process(), s.branches(), outcome, s.reads(), s.writes(), s.shared(), s.next());
    }

    /** The step type of a node from another modeler, reporting what is lost; {@code null} when it is no step. */
    private String type(Element node) {
        String id = node.getAttribute("id");
        boolean splits = graph.outgoing(id).size() > 1;
        List<String> definitions = definitions(node);
        switch (node.getLocalName()) {
            case "startEvent", "receiveTask":
                return Step.TRIGGER;
            case "endEvent":
                definitions.forEach(d -> report.notMapped(node, "its " + d + " is not kept: a Baton exit only ends the path"));
                return Step.EXIT;
            case "intermediateCatchEvent":
                if (definitions.contains("linkEventDefinition")) {
                    report.notMapped(node, "a link only joins two parts of one drawing; the flow is led past it");
                    return null;
                }
                return definitions.contains("timerEventDefinition") ? Step.WAIT : Step.TRIGGER;
            case "task", "userTask", "manualTask":
                return Step.TASK;
            case "scriptTask", "businessRuleTask":
                report.notMapped(node, "what it runs is not kept: pick the step's action");
                return Step.ACTION;
            case "serviceTask", "sendTask":
                return Step.ACTION;
            case "callActivity":
                return Step.SUBPROCESS;
            case "subProcess", "transaction", "adHocSubProcess":
                report.notMapped(node, "what is inside it is not mapped: write it as a document of its own and name that as the "
                        + "sub-process's process");
                return Step.SUBPROCESS;
            case "parallelGateway":
                return splits ? Step.PARALLEL : Step.JOIN;
            case "exclusiveGateway", "inclusiveGateway", "complexGateway", "eventBasedGateway":
                if (!splits) {
                    report.notMapped(node, "it only merges paths, which Baton does without a step; the flow is led past it");
                    return null;
                }
                switch (node.getLocalName()) {
                    case "inclusiveGateway" -> report.notMapped(node, "it may take several branches; a Baton gate takes one");
                    case "complexGateway" -> report.notMapped(node, "its activation rule is not kept; a Baton gate takes one branch");
                    case "eventBasedGateway" -> report.notMapped(node,
                            "it waits for whichever event comes first; as a Baton gate its branches have no conditions");
                    default -> {
                    }
                }
                return Step.GATE;
            case "boundaryEvent":
                report.notMapped(node, "an event on the edge of " + Dom.ref(node, "attachedToRef") + " has no place on a Baton step; "
                        + "the path after it is kept, with nothing leading to it");
                return null;
            default:
                report.notMapped(node, "an event thrown in the middle of the flow has no Baton step (an action would send it); "
                        + "the flow is led past it");
                return null;
        }
    }

    /** The Baton event of a start: a message from outside is a form post, a timer a date, anything else a manual start. */
    private String event(Element node) {
        List<String> definitions = definitions(node);
        if (!"startEvent".equals(node.getLocalName())) {
            return "goal";
        }
        if (definitions.contains("messageEventDefinition")) {
            return "form_submitted";
        }
        if (definitions.contains("timerEventDefinition")) {
            if (timer(node, "timeCycle") != null) {
                report.notMapped(node, "it starts again on a cycle; Baton starts once when the date is reached");
            }
            return "date_reached";
        }
        definitions.forEach(d -> report.notMapped(node, "its " + d + " has no Baton event, so it starts by hand (manual)"));
        return "manual";
    }

    /** The message's or signal's name, a timer's date or cycle, or a condition: what the trigger waits for. */
    private String eventValue(Element node) {
        for (Element definition : Dom.children(node)) {
            String ref = Dom.ref(definition, definition.getLocalName().startsWith("message") ? "messageRef" : "signalRef");
            if (ref != null && roots.containsKey(ref)) {
                return words(Dom.attr(roots.get(ref), "name"));
            }
        }
        String time = timer(node, "timeDate");
        return time != null ? time : timer(node, "timeCycle");
    }

    private static List<String> definitions(Element node) {
        return Dom.children(node).stream().filter(e -> Bpmn.MODEL.equals(e.getNamespaceURI()))
                .map(Element::getLocalName).filter(name -> name.endsWith("EventDefinition")).toList();
    }

    private static String timer(Element node, String kind) {
        Element time = Dom.child(Dom.child(node, Bpmn.MODEL, "timerEventDefinition"), Bpmn.MODEL, kind);
        return time == null ? null : time.getTextContent();
    }

    /** All documentation of an element, as written, or trimmed when another modeler wrote it. */
    static String documentation(Element element, boolean trim) {
        List<Element> docs = Dom.children(element, Bpmn.MODEL, "documentation");
        if (docs.isEmpty()) {
            return null;
        }
        String text = docs.stream().map(Element::getTextContent).map(t -> trim ? t.strip() : t).collect(Collectors.joining("\n\n"));
        return trim && text.isBlank() ? null : text;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A name as one line: modelers break long names over lines to fit a shape. */
    static String words(String name) {
        return name == null || name.isBlank() ? null : name.strip().replaceAll("\\s+", " ");
    }
}
