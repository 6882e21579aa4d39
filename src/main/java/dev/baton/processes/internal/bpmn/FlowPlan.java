package dev.baton.processes.internal.bpmn;

import dev.baton.processes.Branch;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flow nodes and sequence flows of a document's BPMN, worked out before anything is written so that
 * each node can name its incoming and outgoing flows. Flows come in the order the swimlane layout draws
 * them: step by step, and a gate's or a split's in the order of its branches.
 *
 * @param nodes one per step, in the document's order
 */
record FlowPlan(List<Node> nodes, List<Flow> flows) {

    /** A step as a flow node: its id and the BPMN element it becomes. */
    record Node(Step step, String id, String element) {
    }

    /**
     * A sequence flow between two steps (indexes into the document's steps); {@code branch} is the gate's
     * or split's branch it follows, {@code isDefault} marks the gate's else branch, {@code name} is the
     * label drawn on it.
     */
    record Flow(String id, int from, int to, Branch branch, int branchIndex, boolean isDefault, String name) {
    }

    static FlowPlan of(ProcessDocument document, BpmnIds ids) {
        List<Step> steps = document.steps();
        List<Node> nodes = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            nodes.add(new Node(step, ids.next(step.key()), element(step, i == 0)));
            firstIndex.putIfAbsent(step.key(), i);
        }
        List<Flow> flows = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            boolean branching = branches(step);
            boolean defaultTaken = false;
            List<String> targets = document.successors(step);
            for (int j = 0; j < targets.size(); j++) {
                Integer to = firstIndex.get(targets.get(j));
                if (to == null) {
                    continue;
                }
                Branch branch = branching ? step.branches().get(j) : null;
                boolean isDefault = Step.GATE.equals(step.type()) && branch.otherwise() && !defaultTaken;
                defaultTaken |= isDefault;
                String id = ids.next("Flow_" + nodes.get(i).id() + "_" + nodes.get(to).id());
                flows.add(new Flow(id, i, to, branch, branching ? j : -1, isDefault, name(step, branch)));
            }
        }
        return new FlowPlan(List.copyOf(nodes), List.copyOf(flows));
    }

    /** A branch's label, or for a gate's branch without one the label the swimlane diagram shows. */
    private static String name(Step from, Branch branch) {
        if (branch == null || branch.label() != null) {
            return branch == null ? null : branch.label();
        }
        if (!Step.GATE.equals(from.type())) {
            return null;
        }
        return branch.otherwise() ? "else" : branch.term() != null ? branch.term() : branch.when();
    }

    /** Gates and splits go on along their branches, each a flow of its own. */
    static boolean branches(Step step) {
        return Step.GATE.equals(step.type()) || Step.PARALLEL.equals(step.type());
    }

    /** The BPMN element a step becomes; only the first step can be a start event, a later trigger is a goal. */
    static String element(Step step, boolean first) {
        return switch (step.type() == null ? "" : step.type()) {
            case Step.TRIGGER -> first ? "startEvent" : "intermediateCatchEvent";
            case Step.TASK -> "userTask";
            case Step.ACTION -> "email".equals(step.action()) ? "sendTask" : "serviceTask";
            case Step.WAIT -> "intermediateCatchEvent";
            case Step.GATE -> "exclusiveGateway";
            case Step.PARALLEL, Step.JOIN -> "parallelGateway";
            case Step.SUBPROCESS -> "callActivity";
            case Step.EXIT -> "endEvent";
            default -> "task";
        };
    }

    List<Flow> outgoing(int step) {
        return flows.stream().filter(f -> f.from() == step).toList();
    }

    List<Flow> incoming(int step) {
        return flows.stream().filter(f -> f.to() == step).toList();
    }

    /** The branches of a step that are written as flows, by their index among its branches. */
    Set<Integer> branchFlows(int step) {
        Set<Integer> written = new HashSet<>();
        outgoing(step).stream().filter(f -> f.branch() != null).forEach(f -> written.add(f.branchIndex()));
        return written;
    }
}
