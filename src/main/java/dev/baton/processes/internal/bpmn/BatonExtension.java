package dev.baton.processes.internal.bpmn;

import dev.baton.processes.Branch;
import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Stakeholder;
import dev.baton.processes.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Baton's extension elements: what a process document holds that BPMN has no place for. Each value is
 * written once, either where BPMN keeps it (a name, a documentation, a timer, a condition) or here,
 * so a file edited in another modeler is read with the edits and a file that was not is read back exactly.
 */
final class BatonExtension {

    private static final String PREFIX = "baton:";

    private BatonExtension() {
    }

    /** The {@code extensionElements} of a BPMN element; it must come right after the element's documentation. */
    static Element extensionElements(Element owner) {
        return Dom.add(owner, Bpmn.MODEL, "bpmn:extensionElements");
    }

    static void document(Element owner, ProcessDocument document) {
        Element ext = Dom.add(extensionElements(owner), Bpmn.BATON, PREFIX + "document");
        Dom.set(ext, "key", document.key());
        Dom.set(ext, "level", document.level());
        Dom.set(ext, "parent", document.parent());
        Dom.set(ext, "owner", document.owner());
        Dom.set(ext, "kind", document.kind());
        document.glossary().forEach(term -> Dom.set(Dom.add(ext, Bpmn.BATON, PREFIX + "term"), "key", term));
        for (Stakeholder stakeholder : document.stakeholders()) {
            Element s = Dom.add(ext, Bpmn.BATON, PREFIX + "stakeholder");
            Dom.set(s, "role", stakeholder.role());
            Dom.set(s, "raci", stakeholder.raci());
        }
    }

    /** A lane; {@code listed} is false for a row the diagram adds for steps in a lane the document does not list. */
    static void lane(Element owner, Lane lane, boolean listed) {
        Element ext = Dom.add(extensionElements(owner), Bpmn.BATON, PREFIX + "lane");
        Dom.set(ext, "key", lane.key());
        Dom.set(ext, "kind", listed ? lane.kind() : null);
        Dom.set(ext, "unlisted", listed ? null : "true");
    }

    /**
     * A step's key and type and every field BPMN did not take: {@code carried} names the fields written
     * in BPMN's own terms, {@code flows} the indexes of the branches written as sequence flows.
     */
    static void step(Element extensionElements, Step step, Set<String> carried, Set<Integer> flows) {
        Element ext = Dom.add(extensionElements, Bpmn.BATON, PREFIX + "step");
        Dom.set(ext, "key", step.key());
        Dom.set(ext, "type", step.type());
        Dom.set(ext, "event", step.event());
        Dom.set(ext, "value", step.value());
        Dom.set(ext, "action", step.action());
        Dom.set(ext, "duration", carried.contains("duration") ? null : step.duration());
        Dom.set(ext, "until", carried.contains("until") ? null : step.until());
        Dom.set(ext, "sla", step.sla());
        Dom.set(ext, "template", step.template());
        Dom.set(ext, "process", carried.contains("process") ? null : step.process());
        Dom.set(ext, "outcome", step.outcome());
        Dom.set(ext, "next", carried.contains("next") ? null : step.next());
        step.with().forEach((name, value) -> {
            Element with = Dom.add(ext, Bpmn.BATON, PREFIX + "with");
            Dom.set(with, "name", name);
            Dom.set(with, "value", value);
        });
        step.reads().forEach(field -> Dom.set(Dom.add(ext, Bpmn.BATON, PREFIX + "reads"), "field", field));
        step.writes().forEach(field -> Dom.set(Dom.add(ext, Bpmn.BATON, PREFIX + "writes"), "field", field));
        step.shared().forEach(lane -> Dom.set(Dom.add(ext, Bpmn.BATON, PREFIX + "shared"), "lane", lane));
        for (int i = 0; i < step.branches().size(); i++) {
            if (!flows.contains(i)) {
                // A branch to a step that is not there yet has no flow to be drawn as; it is kept here.
                Branch b = step.branches().get(i);
                Element branch = Dom.add(ext, Bpmn.BATON, PREFIX + "branch");
                Dom.set(branch, "at", Integer.toString(i));
                Dom.set(branch, "label", b.label());
                Dom.set(branch, "term", b.term());
                Dom.set(branch, "when", b.when());
                Dom.set(branch, "else", b.otherwise() ? "true" : null);
                Dom.set(branch, "to", b.to());
            }
        }
    }

    /** What a branch written as a sequence flow holds beyond the flow's name, condition and the gateway's default. */
    static void branch(Element flow, Branch branch, boolean named, boolean conditioned, boolean isDefault) {
        boolean labelled = branch.label() != null || !named;
        boolean when = branch.when() != null && !conditioned;
        boolean otherwise = branch.otherwise() && !isDefault;
        if (branch.term() == null && labelled && !when && !otherwise) {
            return;
        }
        Element ext = Dom.add(extensionElements(flow), Bpmn.BATON, PREFIX + "branch");
        Dom.set(ext, "term", branch.term());
        Dom.set(ext, "when", when ? branch.when() : null);
        Dom.set(ext, "else", otherwise ? "true" : null);
        // The flow is named after the condition for the picture; the branch itself has no label.
        Dom.set(ext, "labelled", labelled ? null : "false");
    }

    /** The Baton element of that name among an element's extension elements, if any. */
    static Element find(Element owner, String localName) {
        return Dom.child(Dom.child(owner, Bpmn.MODEL, "extensionElements"), Bpmn.BATON, localName);
    }

    static List<String> values(Element ext, String localName, String attribute) {
        return Dom.children(ext, Bpmn.BATON, localName).stream().map(e -> Dom.attr(e, attribute)).toList();
    }

    static Map<String, String> with(Element ext) {
        Map<String, String> with = new LinkedHashMap<>();
        Dom.children(ext, Bpmn.BATON, "with").forEach(e -> with.put(Dom.attr(e, "name"), Dom.attr(e, "value")));
        return with;
    }

    /** The branches kept in a step's extension, each with the place it had among the step's branches. */
    static List<Map.Entry<Integer, Branch>> keptBranches(Element ext) {
        List<Map.Entry<Integer, Branch>> kept = new ArrayList<>();
        for (Element e : Dom.children(ext, Bpmn.BATON, "branch")) {
            Branch branch = new Branch(Dom.attr(e, "label"), Dom.attr(e, "term"), Dom.attr(e, "when"),
                    "true".equals(Dom.attr(e, "else")), Dom.attr(e, "to"));
            kept.add(Map.entry(place(Dom.attr(e, "at")), branch));
        }
        return kept;
    }

    /** A kept branch's place; one whose place was lost in an edit goes last. */
    private static int place(String at) {
        try {
            return at == null ? Integer.MAX_VALUE : Math.max(0, Integer.parseInt(at.strip()));
        } catch (NumberFormatException unreadable) {
            return Integer.MAX_VALUE;
        }
    }
}
