package dev.baton.processes.internal.bpmn;

import dev.baton.processes.Branch;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Step;
import dev.baton.processes.internal.Layout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.w3c.dom.Element;

/** Writes a document's lanes, steps and flows into a BPMN {@code process}. */
final class ProcessWriter {

    private final ProcessDocument document;
    private final FlowPlan plan;
    private final BpmnIds ids;
    private final Element definitions;

    private ProcessWriter(ProcessDocument document, FlowPlan plan, BpmnIds ids, Element definitions) {
        this.document = document;
        this.plan = plan;
        this.ids = ids;
        this.definitions = definitions;
    }

    /** Fills {@code process} and returns the ids given to the layout's lane rows, in order. */
    static List<String> write(Element process, ProcessDocument document, Layout layout, FlowPlan plan, BpmnIds ids) {
        ProcessWriter writer = new ProcessWriter(document, plan, ids, (Element) process.getParentNode());
        List<String> laneIds = writer.lanes(process, layout);
        for (int i = 0; i < plan.nodes().size(); i++) {
            writer.node(process, i);
        }
        plan.flows().forEach(flow -> writer.flow(process, flow));
        return laneIds;
    }

    /** Every row of the drawing is a lane, so the picture in a BPMN tool is the one Baton draws. */
    private List<String> lanes(Element process, Layout layout) {
        Element laneSet = Dom.add(process, Bpmn.MODEL, "bpmn:laneSet");
        laneSet.setAttribute("id", ids.next("LaneSet_" + document.key()));
        List<String> laneIds = new ArrayList<>();
        for (int row = 0; row < layout.lanes().size(); row++) {
            Layout.LaneBox box = layout.lanes().get(row);
            Element lane = Dom.add(laneSet, Bpmn.MODEL, "bpmn:lane");
            String id = ids.next("Lane_" + (box.lane().key() == null ? "none" : box.lane().key()));
            lane.setAttribute("id", id);
            Dom.set(lane, "name", box.lane().name());
            BatonExtension.lane(lane, box.lane(), row < document.lanes().size());
            for (FlowPlan.Node node : plan.nodes()) {
                if (rowOf(layout, node.step()) == row) {
                    Dom.addText(lane, Bpmn.MODEL, "bpmn:flowNodeRef", node.id());
                }
            }
            laneIds.add(id);
        }
        return laneIds;
    }

    /** The layout's row for a step: the first row of its lane, as the layout places it. */
    static int rowOf(Layout layout, Step step) {
        for (int row = 0; row < layout.lanes().size(); row++) {
            if (Objects.equals(layout.lanes().get(row).lane().key(), step.lane())) {
                return row;
            }
        }
        return -1;
    }

    private void node(Element process, int index) {
        FlowPlan.Node node = plan.nodes().get(index);
        Step step = node.step();
        Element element = Dom.add(process, Bpmn.MODEL, "bpmn:" + node.element());
        element.setAttribute("id", node.id());
        Dom.set(element, "name", step.name());
        if (step.instructions() != null) {
            Dom.addText(element, Bpmn.MODEL, "bpmn:documentation", step.instructions());
        }
        BatonExtension.step(BatonExtension.extensionElements(element), step, carried(index), plan.branchFlows(index));
        plan.incoming(index).forEach(f -> Dom.addText(element, Bpmn.MODEL, "bpmn:incoming", f.id()));
        plan.outgoing(index).forEach(f -> Dom.addText(element, Bpmn.MODEL, "bpmn:outgoing", f.id()));
        switch (node.element()) {
            case "startEvent" -> TriggerEvents.start(element, step, definitions, ids);
            case "intermediateCatchEvent" -> {
                if (Step.WAIT.equals(step.type())) {
                    TriggerEvents.timer(element, step.duration() != null ? "timeDuration" : "timeDate",
                            step.duration() != null ? step.duration() : step.until());
                } else {
                    TriggerEvents.goal(element, step, definitions, ids);
                }
            }
            case "exclusiveGateway" -> plan.outgoing(index).stream().filter(FlowPlan.Flow::isDefault).findFirst()
                    .ifPresent(f -> element.setAttribute("default", f.id()));
            case "parallelGateway" -> element.setAttribute("gatewayDirection",
                    Step.JOIN.equals(step.type()) ? "Converging" : "Diverging");
            case "callActivity" -> Dom.set(element, "calledElement", step.process() == null ? null : BpmnIds.ncName(step.process()));
            default -> {
            }
        }
    }

    /** The fields of a step that its BPMN element itself carries, so they are not repeated in the extension. */
    private Set<String> carried(int index) {
        Step step = plan.nodes().get(index).step();
        Set<String> carried = new HashSet<>();
        if (Step.WAIT.equals(step.type())) {
            carried.add(step.duration() != null ? "duration" : "until");
        }
        if (Step.SUBPROCESS.equals(step.type()) && step.process() != null && BpmnIds.ncName(step.process()).equals(step.process())) {
            carried.add("process");
        }
        boolean flowsOnByNext = !FlowPlan.branches(step) && !Step.EXIT.equals(step.type()) && !plan.outgoing(index).isEmpty();
        String listFollowing = index + 1 < plan.nodes().size() ? plan.nodes().get(index + 1).step().key() : null;
        // A flow to the step listed after it reads back as no explicit next, so only another target is carried.
        if (flowsOnByNext && step.next() != null && !step.next().equals(listFollowing)) {
            carried.add("next");
        }
        return carried;
    }

    private void flow(Element process, FlowPlan.Flow flow) {
        Element element = Dom.add(process, Bpmn.MODEL, "bpmn:sequenceFlow");
        element.setAttribute("id", flow.id());
        Step from = plan.nodes().get(flow.from()).step();
        Branch branch = flow.branch();
        Dom.set(element, "name", flow.name());
        element.setAttribute("sourceRef", plan.nodes().get(flow.from()).id());
        element.setAttribute("targetRef", plan.nodes().get(flow.to()).id());
        if (branch == null) {
            return;
        }
        boolean conditioned = Step.GATE.equals(from.type()) && branch.when() != null && !flow.isDefault();
        BatonExtension.branch(element, branch, flow.name() != null, conditioned, flow.isDefault());
        if (conditioned) {
            Element condition = Dom.addText(element, Bpmn.MODEL, "bpmn:conditionExpression", branch.when());
            condition.setAttributeNS(Bpmn.XSI, "xsi:type", "bpmn:tFormalExpression");
        }
    }
}
